package org.pustaka.kiosk.library.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.Sip2Settings;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.sip2.sim.SimulatedAcs;

/** A library system that requires a terminal password, over a real socket, with and without it configured. */
class Sip2TerminalPasswordTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final PatronCredentials SITI = new PatronCredentials("2024000123", "1234");
    private static final String TERMINAL = "Kios-AC-31";
    @TempDir
    Path dir;
    private final SimulatedAcs acs = new SimulatedAcs();

    @AfterEach
    void stop() {
        acs.close();
    }

    @Test
    void theConfiguredPasswordIsAcceptedAndTheLoanIsMade() throws Exception {
        int port = start();
        try (Sip2LibrarySystem library = client(port, TERMINAL)) {
            assertThat(library.identify(SITI).valid()).isTrue();
            CheckoutResult loan = library.checkout(SITI, "30000101", options());
            assertThat(loan.ok()).isTrue();
            assertThat(acs.loanOf("30000101")).hasValue("2024000123");
            assertThat(library.item("30000101").title()).isNotEmpty();
            CheckinResult back = library.checkin("30000101", options());
            assertThat(back.ok()).isTrue();
        }
    }

    @Test
    void withoutThePasswordEveryRequestIsRefusedAndNothingIsDone() throws Exception {
        int port = start();
        try (Sip2LibrarySystem library = client(port, "")) {
            assertThat(library.identify(SITI).valid()).isFalse();
            CheckoutResult loan = library.checkout(SITI, "30000101", options());
            assertThat(loan.ok()).isFalse();
            assertThat(loan.screenMessages()).contains("Kata sandi terminal salah.");
            assertThat(acs.loanOf("30000101")).isEmpty();
        }
        try (Sip2LibrarySystem wrong = client(port, "tebakan")) {
            assertThat(wrong.checkout(SITI, "30000101", options()).ok()).isFalse();
            assertThat(acs.loanOf("30000101")).isEmpty();
        }
    }

    @Test
    void aServerThatRequiresNoneAcceptsAnyTerminalPassword() throws Exception {
        int port = acs.start(0, dir.resolve("loans.json"));
        try (Sip2LibrarySystem library = client(port, TERMINAL)) {
            assertThat(library.checkout(SITI, "30000101", options()).ok()).isTrue();
        }
    }

    private int start() throws Exception {
        acs.requireTerminalPassword(TERMINAL);
        return acs.start(0, dir.resolve("loans.json"));
    }

    private static Sip2LibrarySystem client(int port, String terminalPassword) {
        return new Sip2LibrarySystem(new Sip2Settings("127.0.0.1", port, false, null, "", "kiosk", "rahasia", "MLG-01",
                "MLG", StandardCharsets.UTF_8, true, 2000, 2000, 1, terminalPassword), JAKARTA, Clock.systemUTC());
    }

    private static TransactionOptions options() {
        return new TransactionOptions(UUID.randomUUID(), Instant.now(), false);
    }
}
