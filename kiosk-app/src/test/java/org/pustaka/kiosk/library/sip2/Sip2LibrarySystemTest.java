package org.pustaka.kiosk.library.sip2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.Sip2Settings;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.CirculationStatus;
import org.pustaka.kiosk.library.LibraryUnavailableException;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.library.PatronBlock;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.sip2.MessageType;
import org.pustaka.sip2.sim.SimCatalog;
import org.pustaka.sip2.sim.SimulatedAcs;

/**
 * The LibrarySystem adapter against the simulated library with the demo data. Both share one fixed
 * clock a tenth of a second before midnight in Jakarta, so "today" cannot move under a test.
 */
class Sip2LibrarySystemTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final PatronCredentials SITI = new PatronCredentials("2024000123", "1234");
    @TempDir
    Path dir;
    private SimulatedAcs acs;
    private Sip2LibrarySystem library;
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T16:59:59.900Z"), ZoneOffset.UTC);

    @BeforeEach
    void start() throws IOException {
        acs = new SimulatedAcs(SimCatalog.demo(), clock, JAKARTA);
        int port = acs.start(0, dir.resolve("loans.json"));
        library = new Sip2LibrarySystem(new Sip2Settings("127.0.0.1", port, false, null, "", "kiosk", "rahasia",
                "MLG-01", "MLG", StandardCharsets.UTF_8, true, 2000, 2000, 2, ""), JAKARTA, clock);
    }

    @AfterEach
    void stop() {
        library.close();
        acs.close();
    }

    @Test
    void identifiesAPatronInGoodStandingWithThePin() throws Exception {
        PatronIdentity siti = library.identify(SITI);

        assertThat(siti.valid()).isTrue();
        assertThat(siti.pinAccepted()).isTrue();
        assertThat(siti.name()).isEqualTo("Siti Rahayu");
        assertThat(siti.blocks()).isEmpty();
        assertThat(siti.mayBorrow()).isTrue();
    }

    @Test
    void aWrongOrBlankPinIsNotAccepted() throws Exception {
        assertThat(library.identify(new PatronCredentials("2024000123", "9999")).pinAccepted()).isFalse();
        assertThat(library.identify(new PatronCredentials("2024000123", "")).pinAccepted()).isFalse();
        assertThat(library.identify(PatronCredentials.withoutPin("2024000123")).pinAccepted()).isTrue();
    }

    @Test
    void anUnknownCardIsNotValid() throws Exception {
        assertThat(library.identify(new PatronCredentials("1999999999", "0000")).valid()).isFalse();
    }

    @Test
    void patronStatusFlagsBecomeBlocks() throws Exception {
        assertThat(library.identify(new PatronCredentials("2024000456", "4321")).blocks())
                .contains(PatronBlock.CHARGE_PRIVILEGES_DENIED, PatronBlock.CARD_REPORTED_LOST);
        assertThat(library.identify(new PatronCredentials("2024000999", "3333")).blocks())
                .contains(PatronBlock.CARD_EXPIRED);
        PatronIdentity joko = library.identify(new PatronCredentials("2024000555", "5555"));
        assertThat(joko.blocks()).contains(PatronBlock.EXCESSIVE_OUTSTANDING_FINES);
        assertThat(joko.fines()).isEqualTo(new Money(new java.math.BigDecimal("35000.00"), "IDR"));
        PatronIdentity dewi = library.identify(new PatronCredentials("2024000789", "1111"));
        assertThat(dewi.fines().amount()).isEqualByComparingTo("7500");
        assertThat(dewi.mayBorrow()).isTrue();
    }

    @Test
    void theAccountListsLoansWithTitlesAndDueDatesAndHoldsReady() throws Exception {
        PatronAccount siti = library.account(SITI);
        PatronAccount agus = library.account(new PatronCredentials("2024000321", "2222"));

        assertThat(siti.loans()).extracting(l -> l.itemId() + " " + l.title())
                .containsExactly("30000111 Si Kancil dan Buaya", "30000112 Sejarah Kota Malang");
        assertThat(siti.loans()).allSatisfy(l -> assertThat(l.dueDate()).isAfter(today()));
        assertThat(agus.holdsReady()).extracting(h -> h.itemId() + " " + h.title())
                .containsExactly("30000106 Negeri 5 Menara");
    }

    @Test
    void checkoutGivesTheDueDateAndTurnsSecurityOff() throws Exception {
        CheckoutResult r = library.checkout(SITI, "30000101", options(false, clock.instant()));

        assertThat(r.ok()).isTrue();
        assertThat(r.title()).isEqualTo("Laskar Pelangi");
        assertThat(r.dueDate()).isEqualTo(today().plusDays(14));
        assertThat(r.securityOff()).isTrue();
        assertThat(acs.loanOf("30000101")).hasValue("2024000123");
    }

    @Test
    void aSecondCheckoutOfTheSameItemToTheSamePatronMakesNoSecondLoan() throws Exception {
        CheckoutResult first = library.checkout(SITI, "30000101", options(false, clock.instant()));
        CheckoutResult again = library.checkout(SITI, "30000101", options(false, clock.instant()));

        assertThat(again.ok()).isTrue();
        assertThat(again.dueDate()).isEqualTo(first.dueDate());
        assertThat(library.account(SITI).loans()).filteredOn(l -> l.itemId().equals("30000101")).hasSize(1);
    }

    @Test
    void refusalsAreNamedByReason() throws Exception {
        assertThat(refusal(SITI, "30000107")).isEqualTo(RefusalReason.ITEM_NOT_FOR_LOAN);
        assertThat(refusal(SITI, "30000106")).isEqualTo(RefusalReason.ITEM_ON_HOLD_FOR_ANOTHER);
        assertThat(refusal(SITI, "39999999")).isEqualTo(RefusalReason.ITEM_UNKNOWN);
        assertThat(refusal(new PatronCredentials("2024000123", "0000"), "30000101"))
                .isEqualTo(RefusalReason.WRONG_PIN);
        assertThat(refusal(new PatronCredentials("2024000456", "4321"), "30000101"))
                .isEqualTo(RefusalReason.PATRON_BLOCKED);
        assertThat(refusal(new PatronCredentials("2024000999", "3333"), "30000101"))
                .isEqualTo(RefusalReason.CARD_EXPIRED);
        assertThat(refusal(new PatronCredentials("2024000555", "5555"), "30000101"))
                .isEqualTo(RefusalReason.FINES_TOO_HIGH);
        assertThat(refusal(new PatronCredentials("2024000789", "1111"), "30000111"))
                .isEqualTo(RefusalReason.ITEM_ALREADY_ON_LOAN);
        assertThat(refusal(new PatronCredentials("1999999999", "0000"), "30000101"))
                .isEqualTo(RefusalReason.UNKNOWN_PATRON);
    }

    @Test
    void aNoBlockCheckoutIsAcceptedForABlockedPatronAndDatedFromTheOriginalTime() throws Exception {
        Instant threeDaysAgo = clock.instant().minus(Duration.ofDays(3));

        CheckoutResult r = library.checkout(new PatronCredentials("2024000456", "4321"), "30000102",
                options(true, threeDaysAgo));

        assertThat(r.ok()).isTrue();
        assertThat(r.dueDate()).isEqualTo(LocalDate.ofInstant(threeDaysAgo, JAKARTA).plusDays(14));
    }

    @Test
    void checkinOfAnItemOnHoldSendsItToTheHoldShelf() throws Exception {
        CheckinResult r = library.checkin("30000106", options(false, clock.instant()));

        assertThat(r.ok()).isTrue();
        assertThat(r.holdForAnother()).isTrue();
        assertThat(r.alert()).isTrue();
        assertThat(r.sortBin()).isEqualTo("RAK-PESANAN");
    }

    @Test
    void checkinEndsTheLoanAndCheckinOfAnItemNotOnLoanIsHarmless() throws Exception {
        CheckinResult returned = library.checkin("30000111", options(false, clock.instant()));
        CheckinResult again = library.checkin("30000111", options(false, clock.instant()));

        assertThat(returned.ok()).isTrue();
        assertThat(returned.alert()).isFalse();
        assertThat(acs.isCheckedOut("30000111")).isFalse();
        assertThat(again.ok()).isTrue();
        assertThat(again.alert()).isFalse();
    }

    @Test
    void renewalsStopAtTheLimit() throws Exception {
        assertThat(library.renew(SITI, "30000111", options(false, clock.instant())).ok()).isTrue();
        CheckoutResult second = library.renew(SITI, "30000111", options(false, clock.instant()));
        CheckoutResult third = library.renew(SITI, "30000111", options(false, clock.instant()));

        assertThat(second.ok()).isTrue();
        assertThat(second.dueDate()).isEqualTo(today().plusDays(14));
        assertThat(third.ok()).isFalse();
        assertThat(third.refusal().reason()).isEqualTo(RefusalReason.RENEWAL_LIMIT_REACHED);
        assertThat(library.renew(SITI, "30000101", options(false, clock.instant())).refusal().reason())
                .isEqualTo(RefusalReason.ITEM_NOT_ON_LOAN);
    }

    @Test
    void renewAllRenewsEveryLoan() throws Exception {
        List<CheckoutResult> results = library.renewAll(SITI);

        assertThat(results).extracting(CheckoutResult::itemId).containsExactlyInAnyOrder("30000111", "30000112");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.dueDate()).isEqualTo(today().plusDays(14));
        });
    }

    @Test
    void itemInformationSaysStateTitleAndDueDate() throws Exception {
        assertThat(library.item("30000111").status()).isEqualTo(CirculationStatus.CHARGED);
        assertThat(library.item("30000111").dueDate()).isAfter(today());
        assertThat(library.item("30000106").status()).isEqualTo(CirculationStatus.WAITING_ON_HOLD_SHELF);
        assertThat(library.item("30000101").found()).isTrue();
        assertThat(library.item("39999999").found()).isFalse();
    }

    @Test
    void checkoutAndCheckinWorkWhenTheServerSaysTheyAreNotAllowed() throws Exception {
        acs.faults().reportCheckinCheckoutNotAllowed = true;

        assertThat(library.status().detail()).contains("checkout not allowed");
        assertThat(library.checkout(SITI, "30000103", options(false, clock.instant())).ok()).isTrue();
        assertThat(library.checkin("30000103", options(false, clock.instant())).ok()).isTrue();
    }

    @Test
    void statusReportsOnlineWithRoundTripAndOfflineWithoutThrowing() {
        assertThat(library.status().online()).isTrue();
        assertThat(library.status().roundTripMillis()).isNotNegative();
        acs.setOffline(true);
        assertThat(library.status().online()).isFalse();
        assertThat(library.status().roundTripMillis()).isEqualTo(-1);
    }

    @Test
    void anUnreachableLibraryIsUnavailableNotAnOutcome() {
        acs.setOffline(true);

        assertThatThrownBy(() -> library.checkout(SITI, "30000101", options(false, clock.instant())))
                .isInstanceOf(LibraryUnavailableException.class)
                .matches(e -> !((LibraryUnavailableException) e).outcomeUnknown());
    }

    @Test
    void aLostCheckoutAnswerGivesTheRealOutcomeAndOneLoan() throws Exception {
        library.status();
        acs.faults().dropAfterProcessing.set(1);

        CheckoutResult r = library.checkout(SITI, "30000104", options(false, clock.instant()));

        assertThat(r.ok()).isTrue();
        assertThat(r.dueDate()).isEqualTo(today().plusDays(14));
        assertThat(acs.loanOf("30000104")).hasValue("2024000123");
    }

    @Test
    void aLostRenewAnswerIsAnUnknownOutcome() {
        library.status();
        acs.faults().dropAfterProcessing.set(1);

        assertThatThrownBy(() -> library.renew(SITI, "30000111", options(false, clock.instant())))
                .isInstanceOf(LibraryUnavailableException.class)
                .matches(e -> ((LibraryUnavailableException) e).outcomeUnknown());
    }

    @Test
    void worksWithoutErrorDetectionAsTheDemoWiresItFromTheRunningSimulation() throws Exception {
        Sip2Settings base = new Sip2Settings("ignored", 1, true, null, "", "", "", "MLG-01", "XXX",
                StandardCharsets.UTF_8, false, 2000, 2000, 2, "");
        try (Sip2LibrarySystem plain = new Sip2LibrarySystem(base.onLoopback(acs.port(), acs.catalog().institution(), StandardCharsets.UTF_8), JAKARTA, clock)) {
            assertThat(plain.identify(SITI).pinAccepted()).isTrue();
            assertThat(plain.checkout(SITI, "30000109", options(false, clock.instant())).ok()).isTrue();
        }
    }

    @Test
    void endSessionSendsTheEndMessageAndNeverThrows() {
        library.endSession(SITI);
        assertThat(acs.received(MessageType.END_PATRON_SESSION)).isEqualTo(1);

        acs.setOffline(true);
        library.endSession(SITI);
        assertThat(acs.received(MessageType.END_PATRON_SESSION)).isEqualTo(1);
    }

    @Test
    void identificationAsksForNoListAndNoItems() throws Exception {
        acs.faults().padItemLists = true;

        library.identify(SITI);

        assertThat(acs.received(MessageType.PATRON_INFORMATION)).isEqualTo(1);
        assertThat(acs.received(MessageType.ITEM_INFORMATION)).isZero();
    }

    @Test
    void aServerThatPadsItsListsWithEmptyEntriesCostsOneItemRequestPerRealItem() throws Exception {
        acs.faults().padItemLists = true;

        PatronAccount siti = library.account(SITI);
        PatronAccount agus = library.account(new PatronCredentials("2024000321", "2222"));

        assertThat(siti.loans()).extracting(l -> l.itemId()).containsExactly("30000111", "30000112");
        assertThat(siti.holdsReady()).isEmpty();
        assertThat(agus.holdsReady()).extracting(h -> h.itemId()).containsExactly("30000106");
        assertThat(acs.received(MessageType.PATRON_INFORMATION)).isEqualTo(4);
        assertThat(acs.received(MessageType.ITEM_INFORMATION)).isEqualTo(3);
    }

    private RefusalReason refusal(PatronCredentials patron, String item) throws Exception {
        CheckoutResult r = library.checkout(patron, item, options(false, clock.instant()));
        assertThat(r.ok()).isFalse();
        return r.refusal().reason();
    }

    private static TransactionOptions options(boolean noBlock, Instant when) {
        return new TransactionOptions(UUID.randomUUID(), when, noBlock);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JAKARTA));
    }
}
