package org.pustaka.central.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cards, PINs (bcrypt $2y$ and legacy MD5), accounts and item look-ups on the demo data. */
class PatronViewsTest {

    private static SlimsFixture db;
    private static CirculationCore withPin;
    private static CirculationCore withoutPin;

    @BeforeAll
    static void start() {
        db = SlimsFixture.demo();
        withPin = db.core(SlimsFixture.fixedClock(), true);
        withoutPin = db.core(SlimsFixture.fixedClock(), false);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void checksThePinAgainstTheOpacPassword() {
        PatronAnswer siti = withPin.authenticate("2024000123", Optional.of("1234"));
        assertThat(siti.ok()).isTrue();
        assertThat(siti.patron().name()).isEqualTo("Siti Rahayu");
        assertThat(siti.patron().valid()).isTrue();
        PatronAnswer wrong = withPin.authenticate("2024000123", Optional.of("9999"));
        assertThat(wrong.refusal().code()).isEqualTo(RefusalCode.WRONG_PIN);
        assertThat(wrong.patron().pinAccepted()).isFalse();
        assertThat(withPin.authenticate("2019000042", Optional.of("4242")).ok()).as("legacy MD5").isTrue();
        assertThat(withPin.authenticate("2019000042", Optional.of("4243")).ok()).isFalse();
        assertThat(withPin.authenticate("2024000111", Optional.of("")).ok()).as("no OPAC password set").isFalse();
        assertThat(withPin.authenticate("2024000123", Optional.empty()).refusal().code()).isEqualTo(RefusalCode.WRONG_PIN);
        assertThat(withoutPin.authenticate("2024000123", Optional.empty()).ok()).isTrue();
        assertThat(withPin.authenticate("nobody", Optional.of("1234")).refusal().code()).isEqualTo(RefusalCode.UNKNOWN_PATRON);
    }

    @Test
    void blockedAndExpiredCardsAreKnownButNotValid() {
        Patron budi = withPin.authenticate("2024000456", Optional.of("4321")).patron();
        assertThat(budi.valid()).isFalse();
        assertThat(budi.blocks()).containsExactly(RefusalCode.PATRON_BLOCKED);
        Patron rina = withPin.authenticate("2024000999", Optional.of("3333")).patron();
        assertThat(rina.blocks()).containsExactly(RefusalCode.CARD_EXPIRED);
    }

    @Test
    void accountsShowLoansHoldsReadyAndFines() {
        Account siti = withPin.account("2024000123").account();
        assertThat(siti.loans()).extracting(LoanLine::itemCode).containsExactly("30000111", "30000112");
        assertThat(siti.loans()).noneMatch(LoanLine::overdue);
        Account agus = withPin.account("2024000321").account();
        assertThat(agus.holdsReady()).extracting(HoldReady::itemCode).containsExactly("30000106");
        assertThat(agus.holdsReady().get(0).title()).isEqualTo("Negeri 5 Menara");
        assertThat(withPin.account("2024000789").account().patron().unpaidFines()).isEqualTo(7500);
        Account joko = withPin.account("2024000555").account();
        assertThat(joko.loans()).singleElement().matches(LoanLine::overdue);
        assertThat(withPin.account("2099").refusal().code()).isEqualTo(RefusalCode.UNKNOWN_PATRON);
    }

    @Test
    void itemsShowTheirState() {
        ItemState out = withPin.item("30000111");
        assertThat(out.status()).isEqualTo(ItemStatus.CHARGED);
        assertThat(out.holderMemberId()).isEqualTo("2024000123");
        assertThat(out.dueDate()).isEqualTo(SlimsFixture.TODAY.plusDays(5));
        assertThat(withPin.item("30000106").status()).isEqualTo(ItemStatus.WAITING_ON_HOLD_SHELF);
        assertThat(withPin.item("30000120").status()).isEqualTo(ItemStatus.MISSING);
        assertThat(withPin.item("30000107").forLoan()).isFalse();
        assertThat(withPin.item("30000101").status()).isEqualTo(ItemStatus.AVAILABLE);
        assertThat(withPin.item("nope").found()).isFalse();
        // SLiMS's columns compare without case and trailing spaces.
        assertThat(withPin.item("30000101 ").found()).isTrue();
    }
}
