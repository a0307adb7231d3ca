package org.pustaka.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pustaka.embedded.EmbeddedMariaDb;
import org.pustaka.embedded.SlimsDatabase;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckinResponse;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.CirculationStatus;
import org.pustaka.sip2.LoginRequest;
import org.pustaka.sip2.LoginResponse;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.net.SocketTransport;

/**
 * The service as {@code serve} builds it with {@code sip2.port} set: the SIP2 server starts beside the kiosk API
 * over the same circulation core, so a loan made over HTTP is seen and ended over SIP2 and the other way round.
 */
class Sip2BesideHttpTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final Sip2Codec CODEC = new Sip2Codec(StandardCharsets.UTF_8, ZONE, true);
    private static TestService svc;
    private static Api api;
    private static String kiosk;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedMariaDb db = TestService.mariaDb();
        String slimsDb = "slims_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        SlimsDatabase.createDemo(db, slimsDb, LocalDate.now(ZONE));
        svc = TestService.startWithSlims(db, Map.of("slims.url", db.jdbcUrl(slimsDb), "slims.user", "root",
                "slims.staffUser", SlimsDatabase.DEMO_STAFF_USER, "sip2.port", "0"));
        svc.service.terminals().save("SC-MLG-01", "sandi-terminal", null);
        api = new Api(svc.base);
        kiosk = svc.enroll(api, "MLG-01");
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    @Test
    void aLoanMadeOverHttpIsSeenAndReturnedOverSip2() throws Exception {
        Api.Reply lent = api.call("POST", "/circulation/checkout", kiosk, "{\"id\":\"" + UUID.randomUUID()
                + "\",\"patronId\":\"2024000123\",\"pin\":\"1234\",\"itemId\":\"30000105\",\"transactionTime\":\""
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}");
        assertThat(lent.status()).as(lent.toString()).isEqualTo(200);
        int port = svc.service.sip2().orElseThrow().port();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            SocketTransport t = new SocketTransport(socket);
            assertThat(((LoginResponse) ask(t, LoginRequest.plain("SC-MLG-01", "sandi-terminal", null), 0)).ok()).isTrue();
            LocalDateTime now = LocalDateTime.now(ZONE).withNano(0);
            ItemInformationResponse item = (ItemInformationResponse) ask(t,
                    new ItemInformationRequest(now, "MLG", "30000105", "", List.of()), 1);
            assertThat(item.circulationStatus()).isEqualTo(CirculationStatus.CHARGED);
            assertThat(item.dueDate()).startsWith(lent.body().get("dueDate").asText().replace("-", ""));
            CheckinResponse back = (CheckinResponse) ask(t,
                    new CheckinRequest(false, now, now, "MLG", "MLG", "30000105", "", null, null, List.of()), 2);
            assertThat(back.ok()).isTrue();
            assertThat(back.patronId()).isEqualTo("2024000123");
        }
        Api.Reply item = api.call("GET", "/circulation/items/{itemId}", kiosk, null, "30000105");
        assertThat(item.body().get("status").asText()).isEqualTo("AVAILABLE");
    }

    private static Sip2Message ask(SocketTransport t, Sip2Message m, int seq) throws Exception {
        t.send(CODEC.encode(m, seq));
        return CODEC.decode(t.receive(10_000)).message();
    }
}
