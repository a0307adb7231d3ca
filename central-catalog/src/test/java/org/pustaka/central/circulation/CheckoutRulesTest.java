package org.pustaka.central.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loans against the real SLiMS tables with the demo data, one case per rule of SLiMS's desk (slims.md 3.2-3.5).
 * Each case borrows on a fresh kiosk request; refusals must leave SLiMS's tables as they were.
 */
class CheckoutRulesTest {

    private static SlimsFixture db;
    private static CirculationCore core;

    @BeforeAll
    static void start() {
        db = SlimsFixture.demo();
        core = db.core(SlimsFixture.fixedClock(), true);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("unknown member", "2099999999", "30000101", RefusalCode.UNKNOWN_PATRON),
                Arguments.of("expired card before an unknown item", "2024000999", "NOPE", RefusalCode.CARD_EXPIRED),
                Arguments.of("expired card", "2024000999", "30000101", RefusalCode.CARD_EXPIRED),
                Arguments.of("pending membership", "2024000456", "30000101", RefusalCode.PATRON_BLOCKED),
                Arguments.of("unknown item", "2024000789", "39999999", RefusalCode.ITEM_UNKNOWN),
                Arguments.of("item out to another member", "2024000789", "30000111", RefusalCode.ITEM_ALREADY_ON_LOAN),
                Arguments.of("status No Loan", "2024000789", "30000107", RefusalCode.ITEM_NOT_FOR_LOAN),
                Arguments.of("status Missing", "2024000789", "30000120", RefusalCode.ITEM_NOT_FOR_LOAN),
                Arguments.of("reserved, another member first in line", "2024000789", "30000106",
                        RefusalCode.ITEM_ON_HOLD_FOR_ANOTHER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesAsSlimsDoesAndWritesNothing(String name, String member, String item, RefusalCode expected) {
        String before = snapshot();
        CirculationAnswer a = borrow(member, item);
        assertThat(a.ok()).isFalse();
        assertThat(a.refusal().code()).isEqualTo(expected);
        assertThat(a.refusal().message().id()).isNotBlank();
        assertThat(a.refusal().message().en()).isNotBlank();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aLoanWritesTheRowsSlimsDeskWrites() {
        CirculationAnswer a = borrow("2024000123", "30000101");
        assertThat(a.ok()).isTrue();
        // Rule 1 (Umum, Fiksi, Text): 14 days from Tuesday 8 December is Tuesday 22 December, an open day.
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(a.title()).isEqualTo("Laskar Pelangi");
        assertThat(db.one("SELECT CONCAT_WS('|', member_id, loan_date, due_date, renewed, loan_rules_id, IFNULL(actual,'-'),"
                + " is_lent, is_return, IFNULL(return_date,'-'), input_date, last_update, uid) FROM loan WHERE item_code='30000101'"))
                .isEqualTo("2024000123|2026-12-08|2026-12-22|0|1|-|1|0|-|2026-12-08 10:00:00|2026-12-08 10:00:00|2");
        assertThat(db.one("SELECT CONCAT_WS('|', h.title, h.member_name, h.member_type_name, h.collection_type_name,"
                + " h.gmd_name, h.location_name, h.due_date, h.is_lent, h.is_return) FROM loan_history h JOIN loan l"
                + " ON l.loan_id = h.loan_id WHERE l.item_code='30000101'"))
                .isEqualTo("Laskar Pelangi|Siti Rahayu|Umum|Fiksi|Text|Ruang Baca Umum|2026-12-22|1|0");
        assertThat(db.one("SELECT CONCAT_WS('|', log_type, id, log_location, sub_module, action, log_msg, log_date)"
                + " FROM system_log WHERE log_msg LIKE '%(30000101)%'"))
                .isEqualTo("member|2024000123|circulation|Loan|Add|Kios Mandiri insert new loan (30000101) for member"
                        + " (2024000123)|2026-12-08 10:00:00");
        assertThat(db.count("SELECT COUNT(*) FROM visitor_count WHERE member_id='2024000123'")).isEqualTo(1);
        // SLiMS's Staff Activity report counts a loan by "<real name>%new loan%".
        assertThat(db.count("SELECT COUNT(*) FROM system_log WHERE log_location='circulation' AND log_type='member'"
                + " AND log_msg LIKE 'Kios Mandiri%new loan%'")).isEqualTo(1);
        // A second loan the same day counts no second visit.
        assertThat(borrow("2024000123", "30000102").ok()).isTrue();
        assertThat(db.count("SELECT COUNT(*) FROM visitor_count WHERE member_id='2024000123'")).isEqualTo(1);
    }

    @Test
    void theSameMemberBorrowingTheirOwnLoanAgainIsSuccessWithoutANewLoanOrRenewal() {
        CirculationAnswer a = borrow("2024000123", "30000111");
        assertThat(a.ok()).isTrue();
        assertThat(a.alreadyOnLoanToMember()).isTrue();
        assertThat(a.dueDate()).isEqualTo(SlimsFixture.TODAY.plusDays(5));
        assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='30000111'")).isEqualTo(1);
        assertThat(db.one("SELECT renewed FROM loan WHERE item_code='30000111'")).isEqualTo("0");
    }

    @Test
    void theFirstInLineBorrowsTheReservedItemAndTheReservationGoes() {
        db.sql("INSERT INTO reserve (member_id, biblio_id, item_code, reserve_date) VALUES"
                + " ('2024000321', 9, '30000109', '2026-12-01 09:00:00'), ('2024000789', 9, '30000109', '2026-12-02 09:00:00')");
        assertThat(borrow("2024000321", "30000109").ok()).isTrue();
        assertThat(db.count("SELECT COUNT(*) FROM reserve WHERE item_code='30000109' AND member_id='2024000321'")).isZero();
        assertThat(db.count("SELECT COUNT(*) FROM reserve WHERE item_code='30000109'")).isEqualTo(1);
    }

    @Test
    void stepTwoOfTheRuleSearchIgnoresTheGmd() {
        // 30000113 is a Buku Teks in Text; the only Umum rule for Buku Teks is for CD-ROM (rule 3, 3 days), and
        // SLiMS's second step (member type + collection type) matches it anyway.
        CirculationAnswer a = borrow("2024000800", "30000113");
        assertThat(a.ok()).isTrue();
        assertThat(db.one("SELECT loan_rules_id FROM loan WHERE item_code='30000113'")).isEqualTo("0");
        CirculationAnswer umum = borrow("2024000111", "30000105");
        assertThat(umum.ok()).isTrue();
        assertThat(db.one("SELECT loan_rules_id FROM loan WHERE item_code='30000105'")).isEqualTo("3");
        // 3 days from Tuesday is Friday 11 December.
        assertThat(umum.dueDate()).isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void anAllRuleNeverMatchesAnItemThatHasTheAttribute() {
        db.sql("INSERT INTO mst_loan_rules (member_type_id, coll_type_id, gmd_id, loan_limit, loan_periode,"
                + " reborrow_limit, fine_each_day) VALUES (4, 0, 0, 9, 60, 9, 0)");
        CirculationAnswer a = borrow("2024000800", "30000114");
        assertThat(a.ok()).isTrue();
        assertThat(db.one("SELECT loan_rules_id FROM loan WHERE item_code='30000114'")).isEqualTo("0");
        // Guru's own period (21 days) applies: Tuesday 29 December.
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void theDueDateIsCutBackToTheMembershipsExpiry() {
        // Bima (Anak, 7 days) has a card that expires in 5 days.
        CirculationAnswer a = borrow("2024000700", "30000115");
        assertThat(a.ok()).isTrue();
        assertThat(a.dueDate()).isEqualTo(SlimsFixture.TODAY.plusDays(5));
    }

    @Test
    void theLoanLimitCountsOpenLoansUnderTheSameRule() {
        // Putri (Pelajar) borrows Buku Teks under rule 2, limit 2.
        assertThat(borrow("2024000600", "30000116").ok()).isTrue();
        db.sql("UPDATE item SET coll_type_id = 2 WHERE item_code IN ('30000117', '30000118', '30000116')");
        db.sql("UPDATE loan SET loan_rules_id = 2 WHERE item_code = '30000116'");
        assertThat(borrow("2024000600", "30000117").ok()).isTrue();
        CirculationAnswer third = borrow("2024000600", "30000118");
        assertThat(third.ok()).isFalse();
        assertThat(third.refusal().code()).isEqualTo(RefusalCode.TOO_MANY_ITEMS);
    }

    @Test
    void aLoanPromisedOfflineIsRecordedForABlockedCard() {
        CirculationAnswer a = core.checkout(new CheckoutRequest(UUID.randomUUID().toString(), "kiosk-1", "2024000456",
                "30000104", SlimsFixture.NOW.minusSeconds(3600), true));
        assertThat(a.ok()).isTrue();
        assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='30000104' AND member_id='2024000456'")).isEqualTo(1);
    }

    private static CirculationAnswer borrow(String member, String item) {
        return core.checkout(new CheckoutRequest(UUID.randomUUID().toString(), "kiosk-1", member, item,
                SlimsFixture.NOW, false));
    }

    private static String snapshot() {
        return db.one("SELECT CONCAT_WS('|', (SELECT COUNT(*) FROM loan), (SELECT COUNT(*) FROM loan_history),"
                + " (SELECT COUNT(*) FROM fines), (SELECT COUNT(*) FROM reserve), (SELECT COUNT(*) FROM system_log),"
                + " (SELECT COUNT(*) FROM visitor_count), (SELECT IFNULL(MAX(last_update),'') FROM loan))");
    }
}
