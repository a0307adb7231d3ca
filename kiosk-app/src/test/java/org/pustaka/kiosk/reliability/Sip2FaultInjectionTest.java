package org.pustaka.kiosk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pustaka.kiosk.config.Sip2Settings;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.kiosk.library.sip2.Sip2LibrarySystem;
import org.pustaka.sip2.sim.SimFaults;
import org.pustaka.sip2.sim.SimulatedAcs;

/**
 * The SIP2 client against the simulated library breaking the line on purpose: slow answers, connections
 * dropped before and after the library acted, wrong checksums, garbage, answers split in halves, wrong
 * sequence numbers, requests to resend. Whatever the client reports must be what the library did, and
 * at the end the library holds exactly the loans the client reported: none lost, none doubled.
 */
class Sip2FaultInjectionTest {
    private static final PatronCredentials SITI = new PatronCredentials("2024000123", "1234");
    private static final List<String> ITEMS = List.of("30000101", "30000102", "30000103", "30000104", "30000108");
    // generous: the faults are injected on purpose, so a long timeout costs nothing but protects against stalls
    private static final int READ_TIMEOUT = 1600;

    enum Fault {
        SLOW_BUT_IN_TIME(f -> f.delayMillis = READ_TIMEOUT / 16),
        TOO_SLOW(f -> f.delayMillis = READ_TIMEOUT * 5 / 4),
        DROP_BEFORE(f -> f.dropBeforeProcessing.set(1)),
        DROP_AFTER(f -> f.dropAfterProcessing.set(1)),
        WRONG_CHECKSUM(f -> f.wrongChecksum.set(1)),
        GARBAGE(f -> f.garbage.set(1)),
        HALF_MESSAGES(f -> f.splitWrites = true),
        WRONG_SEQUENCE(f -> f.wrongSequence.set(1)),
        RESEND_ASKED(f -> f.askResend.set(1)),
        CRLF(f -> f.lineEnding = SimFaults.LineEnding.CRLF),
        LF(f -> f.lineEnding = SimFaults.LineEnding.LF);

        final Consumer<SimFaults> inject;

        Fault(Consumer<SimFaults> inject) {
            this.inject = inject;
        }
    }

    private final SimulatedAcs acs = new SimulatedAcs();
    private Sip2LibrarySystem client;
    private final Set<String> expectedLoans = new TreeSet<>(List.of("30000111", "30000112"));
    private final List<String> unknownOutcomes = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        int port = acs.start(0, null);
        client = new Sip2LibrarySystem(new Sip2Settings("127.0.0.1", port, false, null, "", "kiosk", "s1p2-pass",
                "MLG-01", "MLG", StandardCharsets.UTF_8, true, 2000, READ_TIMEOUT, 2, ""), ZoneId.of("Asia/Jakarta"),
                Clock.systemUTC());
        // logs in, so the faults below hit the transactions rather than the login of a new connection
        assertThat(client.identify(SITI).patronId()).isEqualTo(SITI.patronId());
    }

    @AfterEach
    void stop() {
        client.close();
        acs.close();
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void everyTransactionUnderAFaultEndsAsTheClientSaid(Fault fault) throws Exception {
        for (String item : ITEMS) {
            checkout(item, fault);
        }
        checkin("30000102", fault);
        checkin("30000108", fault);
        checkout("30000102", fault);
        checkin("30000111", fault);

        assertThat(loansOfSiti()).containsExactlyElementsOf(expectedLoans);
        if (fault != Fault.TOO_SLOW && fault != Fault.WRONG_SEQUENCE) {
            assertThat(unknownOutcomes).as("transactions the client could not settle").isEmpty();
        }
    }

    @Test
    void randomFaultsOverALongRunLoseAndDoubleNothing() throws Exception {
        Random random = new Random(28560);
        Fault[] faults = Fault.values();
        for (int i = 0; i < 80; i++) {
            String item = ITEMS.get(random.nextInt(ITEMS.size()));
            Fault fault = faults[random.nextInt(faults.length)];
            if (fault == Fault.TOO_SLOW && random.nextInt(4) != 0) {
                fault = Fault.GARBAGE;
            }
            if (expectedLoans.contains(item)) {
                checkin(item, fault);
            } else {
                checkout(item, fault);
            }
            assertThat(loansOfSiti()).as("loans after step %d (%s on %s)", i, fault, item)
                    .containsExactlyElementsOf(expectedLoans);
        }
    }

    private void checkout(String item, Fault fault) throws LibraryException {
        fault.inject.accept(acs.faults());
        try {
            CheckoutResult r = client.checkout(SITI, item, TransactionOptions.now(Instant.now()));
            acs.faults().clear();
            assertThat(r.ok()).as("checkout of %s under %s", item, fault).isTrue();
            assertThat(acs.loanOf(item)).as("library state of %s after a checkout reported ok", item)
                    .contains(SITI.patronId());
            expectedLoans.add(item);
        } catch (LibraryException e) {
            settleUnknown("checkout " + item + ": " + e.getMessage(), item);
        }
    }

    private void checkin(String item, Fault fault) throws LibraryException {
        fault.inject.accept(acs.faults());
        try {
            CheckinResult r = client.checkin(item, TransactionOptions.now(Instant.now()));
            acs.faults().clear();
            if (r.ok()) {
                assertThat(acs.isCheckedOut(item)).as("item %s after a checkin reported ok", item).isFalse();
                expectedLoans.remove(item);
            }
        } catch (LibraryException e) {
            settleUnknown("checkin " + item + ": " + e.getMessage(), item);
        }
    }

    /** The client gave up: as the kiosk's recovery does, ask the library, and its answer must be the truth. */
    private void settleUnknown(String what, String item) throws LibraryException {
        unknownOutcomes.add(what);
        acs.faults().clear();
        boolean onLoan = client.item(item).status().onLoan();
        assertThat(onLoan).as("the library's item information for %s", item).isEqualTo(acs.isCheckedOut(item));
        if (onLoan) {
            expectedLoans.add(item);
        } else {
            expectedLoans.remove(item);
        }
    }

    private List<String> loansOfSiti() {
        List<String> out = new ArrayList<>();
        for (String item : List.of("30000101", "30000102", "30000103", "30000104", "30000108", "30000111",
                "30000112")) {
            if (acs.loanOf(item).filter(SITI.patronId()::equals).isPresent()) {
                out.add(item);
            }
        }
        return out;
    }
}
