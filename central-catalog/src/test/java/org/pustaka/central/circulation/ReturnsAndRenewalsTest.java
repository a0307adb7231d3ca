package org.pustaka.central.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Returns, overdue fines with SLiMS's grace quirk, and renewals of the same row (slims.md 3.6-3.8). */
class ReturnsAndRenewalsTest {

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

    /** A loan made directly in SLiMS's table, as its desk would have, due {@code dueInDays} from today. */
    private static void loan(String item, String member, int dueInDays, int ruleId, int renewed) {
        LocalDate due = SlimsFixture.TODAY.plusDays(dueInDays);
        db.sql("INSERT INTO loan (item_code, member_id, loan_date, due_date, renewed, loan_rules_id, is_lent, is_return,"
                + " input_date, last_update, uid) VALUES ('" + item + "', '" + member + "', '" + due.minusDays(14) + "', '"
                + due + "', " + renewed + ", " + ruleId + ", 1, 0, '" + due.minusDays(14) + " 09:00:00', '"
                + due.minusDays(14) + " 09:00:00', 1)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case, item, member, due in days, rule, fines rows expected, debit expected
            "'on time: no row', 30000101, 2024000123, 0, 0, 0, 0",
            "'6 days late at 500 (rule 1)', 30000102, 2024000123, -6, 1, 1, 3000",
            "'Pelajar, 1 day late, grace 2: no row', 30000103, 2024000600, -1, 0, 0, 0",
            "'Pelajar, 2 days late, grace 2: all days charged', 30000104, 2024000600, -2, 0, 1, 400",
            "'Anak, rate 0: a row of 0', 30000108, 2024000700, -3, 0, 1, 0",
    })
    void returnsChargeFinesAsSlimsDoes(String name, String item, String member, int dueIn, int rule, int rows, long debit) {
        loan(item, member, dueIn, rule, 0);
        CirculationAnswer a = core.checkin(new CheckinRequest(UUID.randomUUID().toString(), "kiosk-2", item,
                SlimsFixture.NOW, false));
        assertThat(a.ok()).isTrue();
        assertThat(a.memberId()).isEqualTo(member);
        assertThat(a.fineCharged()).isEqualTo(debit);
        assertThat(db.one("SELECT CONCAT_WS('|', is_lent, is_return, return_date, last_update) FROM loan WHERE item_code='"
                + item + "'")).isEqualTo("1|1|2026-12-08|2026-12-08 10:00:00");
        assertThat(db.one("SELECT CONCAT_WS('|', h.is_return, h.return_date) FROM loan_history h JOIN loan l"
                + " ON l.loan_id = h.loan_id WHERE l.item_code='" + item + "'")).isEqualTo("1|2026-12-08");
        assertThat(db.count("SELECT COUNT(*) FROM fines WHERE description LIKE '%" + item + "' AND member_id='"
                + member + "' AND fines_date='2026-12-08'")).isEqualTo(rows);
        if (rows > 0) {
            assertThat(db.one("SELECT CONCAT_WS('|', debet, credit, description) FROM fines WHERE description LIKE '%"
                    + item + "' AND fines_date='2026-12-08'"))
                    .isEqualTo(debit + "|0|Denda terlambat untuk eksemplar " + item);
        }
        assertThat(db.count("SELECT COUNT(*) FROM system_log WHERE log_msg = 'Kios Mandiri return item " + item
                + " for member (" + member + ")' AND action='Return'")).isEqualTo(1);
    }

    @Test
    void aReturnOfAnItemNobodyHasIsRefusedAndAReservedOneGoesToTheHoldShelf() {
        CirculationAnswer none = core.checkin(new CheckinRequest(UUID.randomUUID().toString(), "kiosk-2", "30000110",
                SlimsFixture.NOW, false));
        assertThat(none.refusal().code()).isEqualTo(RefusalCode.ITEM_NOT_ON_LOAN);
        loan("30000106", "2024000789", 3, 0, 0);
        CirculationAnswer held = core.checkin(new CheckinRequest(UUID.randomUUID().toString(), "kiosk-2", "30000106",
                SlimsFixture.NOW, false));
        assertThat(held.ok()).isTrue();
        assertThat(held.holdForAnother()).isTrue();
        assertThat(db.count("SELECT COUNT(*) FROM reserve WHERE item_code='30000106'")).isEqualTo(1);
    }

    @Test
    void aRenewalUpdatesTheSameRowFromTodayAndLeavesTheHistoryDueDateAsSlimsTriggersDo() {
        CirculationAnswer a = renew("2024000123", "30000111");
        assertThat(a.ok()).isTrue();
        assertThat(a.renewals()).isEqualTo(1);
        // Umum's 14 days from Tuesday 8 December: Tuesday 22 December.
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(db.one("SELECT CONCAT_WS('|', COUNT(*), MAX(renewed), MAX(due_date), MAX(return_date), MAX(is_return))"
                + " FROM loan WHERE item_code='30000111'")).isEqualTo("1|1|2026-12-22|2026-12-08|0");
        assertThat(db.one("SELECT CONCAT_WS('|', h.renewed, h.due_date, h.return_date, h.is_return) FROM loan_history h"
                + " JOIN loan l ON l.loan_id = h.loan_id WHERE l.item_code='30000111'")).isEqualTo("1|2026-12-13|2026-12-08|0");
        assertThat(db.count("SELECT COUNT(*) FROM system_log WHERE log_msg LIKE 'Kios Mandiri%extend loan%'"
                + " AND log_msg LIKE '%30000111%' AND action='Extended'")).isEqualTo(1);
        // Renewed today: SLiMS's desk hides Extend until tomorrow.
        assertThat(renew("2024000123", "30000111").refusal().code()).isEqualTo(RefusalCode.RENEWAL_NOT_ALLOWED);
    }

    @Test
    void renewalsRespectTheLimitReservationsAndOwnership() {
        loan("30000113", "2024000789", 4, 0, 2);
        assertThat(renew("2024000789", "30000113").refusal().code()).isEqualTo(RefusalCode.RENEWAL_LIMIT_REACHED);
        assertThat(db.one("SELECT renewed FROM loan WHERE item_code='30000113'")).isEqualTo("2");
        db.sql("INSERT INTO reserve (member_id, biblio_id, item_code, reserve_date) VALUES"
                + " ('2024000321', 14, '30000114', '2026-12-05 09:00:00')");
        loan("30000114", "2024000789", 4, 0, 0);
        assertThat(renew("2024000789", "30000114").refusal().code()).isEqualTo(RefusalCode.ITEM_ON_HOLD_FOR_ANOTHER);
        assertThat(renew("2024000123", "30000114").refusal().code()).isEqualTo(RefusalCode.ITEM_NOT_ON_LOAN);
    }

    @Test
    void anOverdueRenewalChargesTheFineAndRenewAllAnswersPerLoan() {
        // Joko's 30000119 (rule 1, 500 a day) was due 6 days ago.
        CirculationAnswer a = renew("2024000555", "30000119");
        assertThat(a.ok()).isTrue();
        assertThat(a.fineCharged()).isEqualTo(3000);
        assertThat(db.count("SELECT COUNT(*) FROM fines WHERE member_id='2024000555' AND debet=3000")).isEqualTo(1);
        loan("30000115", "2024000555", 2, 0, 0);
        RenewAllAnswer all = core.renewAll(new RenewAllRequest(UUID.randomUUID().toString(), "kiosk-2", "2024000555",
                SlimsFixture.NOW));
        assertThat(all.results()).extracting(CirculationAnswer::itemCode).containsExactly("30000119", "30000115");
        assertThat(all.results().get(0).refusal().code()).isEqualTo(RefusalCode.RENEWAL_NOT_ALLOWED);
        assertThat(all.results().get(1).ok()).isTrue();
    }

    private static CirculationAnswer renew(String member, String item) {
        return core.renew(new RenewRequest(UUID.randomUUID().toString(), "kiosk-2", member, item, SlimsFixture.NOW));
    }
}
