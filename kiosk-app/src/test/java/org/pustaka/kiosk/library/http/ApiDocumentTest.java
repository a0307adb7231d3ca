package org.pustaka.kiosk.library.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pustaka.catalog.api.EnrollmentRequest;
import org.pustaka.catalog.api.HeartbeatReport;
import org.pustaka.catalog.api.RegistrationRequest;
import org.pustaka.catalog.api.SurveyAnswer;
import org.pustaka.catalog.api.TransactionReport;
import org.pustaka.catalog.api.UsageReport;
import org.pustaka.catalog.api.VisitBookingRequest;
import org.pustaka.catalog.api.sim.SimCentralCatalog;
import org.pustaka.catalog.api.sim.SimReceived;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.TransactionOptions;

/**
 * The OpenAPI document, the client and the simulated catalog describe the same API: every operation
 * the kiosk calls is in the document, and the simulated catalog answers every documented operation.
 */
class ApiDocumentTest {
    private static final Pattern PATH = Pattern.compile("^  (/[^:]*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|post|put|delete|patch):\\s*$");

    static Set<String> documentedOperations() throws Exception {
        Set<String> ops = new LinkedHashSet<>();
        String path = null;
        for (String line : Files.readAllLines(Path.of("..", "docs", "central-catalog-api.yaml"))) {
            Matcher p = PATH.matcher(line);
            Matcher m = METHOD.matcher(line);
            if (p.matches()) {
                path = p.group(1);
            } else if (m.matches() && path != null) {
                ops.add(m.group(1).toUpperCase() + " " + path);
            } else if (!line.startsWith(" ") && !line.isBlank() && !line.startsWith("paths:")) {
                path = null;
            }
        }
        return ops;
    }

    @Test
    void clientDocumentAndSimulationAgree() throws Exception {
        Set<String> documented = documentedOperations();
        assertThat(documented).hasSize(20);
        Set<String> used = new LinkedHashSet<>();
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T16:59:59.900Z"), ZoneOffset.UTC);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        try (SimCentralCatalog sim = new SimCentralCatalog(TestSettings.TOKEN, 3, clock)) {
            sim.start();
            sim.addEnrollmentCode("MLG-01", "C0DE");
            try (CentralCatalogClient c = new CentralCatalogClient(TestSettings.forBase(sim.baseUri().toString()), "MLG-01");
                 HttpLibrarySystem lib = new HttpLibrarySystem(c)) {
                c.status();
                c.enroll(new EnrollmentRequest("MLG-01", "C0DE", "dev"));
                c.heartbeat(new HeartbeatReport("dev", Instant.now(), List.of(), 0, ""));
                c.transactions(List.of(new TransactionReport(UUID.randomUUID(), "CHECKIN", "31000100001", "", Instant.now(),
                        false, "ACCEPTED", null, null, null)));
                c.surveyAnswers(List.of(new SurveyAnswer(UUID.randomUUID(), Instant.now(), 5, "id", "BORROW")));
                c.usageReports(List.of(new UsageReport(UUID.randomUUID(), Instant.now(), Instant.now(), 0, null, 0, 0, null)));
                String event = c.events(today, today.plusDays(60)).get(0).id();
                UUID reg = UUID.randomUUID();
                c.register(event, new RegistrationRequest(reg, "2024000123", null, null, 1, "id"));
                c.cancelRegistration(event, reg);
                String slot = c.slots(today, today.plusDays(60)).get(0).id();
                String code = c.book(new VisitBookingRequest(UUID.randomUUID(), slot,
                        "SDN 1", "20533761", "Bu Rina", "081234567890", "", 20, "3", "")).booking().confirmationCode();
                c.booking(code);
                assertThat(c.memberForCard("04A224B2C35E80")).contains("2024000123");
                PatronCredentials siti = new PatronCredentials("2024000123", "1234");
                lib.identify(siti);
                lib.account(siti);
                lib.checkout(siti, "31000100003", TransactionOptions.now(Instant.now()));
                lib.renew(siti, "31000100003", TransactionOptions.now(Instant.now()));
                lib.renewAll(siti);
                lib.item("31000100003");
                lib.checkin("31000100003", TransactionOptions.now(Instant.now()));
            }
            for (SimReceived r : sim.received()) {
                assertThat(r.status()).as(r.method() + " " + r.path()).isLessThan(400);
                String op = documented.stream().filter(d -> matches(d, r.method(), r.path())).findFirst()
                        .orElseThrow(() -> new AssertionError("not in the API document: " + r.method() + " " + r.path()));
                used.add(op);
            }
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(documented);
    }

    private static boolean matches(String documented, String method, String path) {
        String[] parts = documented.split(" ", 2);
        String regex = parts[1].replaceAll("\\{[^}]+}", "[^/]+");
        return parts[0].equals(method) && ("/" + path).matches(regex);
    }
}
