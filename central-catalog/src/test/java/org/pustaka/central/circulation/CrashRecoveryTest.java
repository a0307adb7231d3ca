package org.pustaka.central.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service stopped before its Nth statement, for every N, then the kiosk's retry with the same request id:
 * never a doubled or a lost loan, return, renewal, fine or log row, and the retry's answer repeats for ever.
 */
class CrashRecoveryTest {

    private static SlimsFixture db;
    private static CirculationCore core;
    private static CirculationCore crashing;
    private static final CrashingDataSource.Countdown COUNTDOWN = new CrashingDataSource.Countdown();

    @BeforeAll
    static void start() {
        db = SlimsFixture.demo();
        StepClock clock = new StepClock(SlimsFixture.NOW);
        core = db.core(clock, true);
        crashing = db.core(new CrashingDataSource(db.slims, COUNTDOWN), new CrashingDataSource(db.own, COUNTDOWN),
                clock, true);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void aCheckoutCutOffAnywhereIsFinishedByItsRetry() {
        int statements = crashEverywhere("O", item -> {
        }, item -> new CheckoutRequest(UUID.randomUUID().toString(), "kiosk-9", "2024000800", item, SlimsFixture.NOW,
                false), (r, c) -> c.checkout(r), item -> {
            assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='" + item + "'")).isEqualTo(1);
            assertThat(db.count("SELECT COUNT(*) FROM loan_history WHERE item_code='" + item + "'")).isEqualTo(1);
            assertThat(db.count("SELECT COUNT(*) FROM system_log WHERE log_msg LIKE '%(" + item + ")%'")).isEqualTo(1);
            db.sql("UPDATE loan SET is_return = 1 WHERE item_code = '" + item + "'");
        });
        assertThat(statements).isGreaterThan(8);
        assertThat(db.count("SELECT COUNT(*) FROM visitor_count WHERE member_id='2024000800'")).isEqualTo(1);
    }

    @Test
    void aReturnCutOffAnywhereIsFinishedByItsRetry() {
        int statements = crashEverywhere("I", item -> openLoan(item, -4),
                item -> new CheckinRequest(UUID.randomUUID().toString(), "kiosk-9", item, SlimsFixture.NOW, false),
                (r, c) -> c.checkin(r), item -> {
                    assertThat(db.one("SELECT CONCAT_WS('|', COUNT(*), SUM(is_return)) FROM loan WHERE item_code='"
                            + item + "'")).isEqualTo("1|1");
                    // Umum pays 500 a day: 4 days late is 2,000, charged once.
                    assertThat(db.one("SELECT CONCAT_WS('|', COUNT(*), SUM(debet)) FROM fines WHERE description LIKE '% "
                            + item + "'")).isEqualTo("1|2000");
                    assertThat(db.count("SELECT COUNT(*) FROM system_log WHERE log_msg LIKE '%return item " + item + " %'"))
                            .isEqualTo(1);
                });
        assertThat(statements).isGreaterThan(8);
    }

    @Test
    void aRenewalCutOffAnywhereIsFinishedByItsRetry() {
        int statements = crashEverywhere("R", item -> openLoan(item, -2),
                item -> new RenewRequest(UUID.randomUUID().toString(), "kiosk-9", "2024000789", item, SlimsFixture.NOW),
                (r, c) -> c.renew(r), item -> {
                    assertThat(db.one("SELECT CONCAT_WS('|', COUNT(*), SUM(renewed), SUM(is_return)) FROM loan"
                            + " WHERE item_code='" + item + "'")).isEqualTo("1|1|0");
                    assertThat(db.one("SELECT CONCAT_WS('|', COUNT(*), SUM(debet)) FROM fines WHERE description LIKE '% "
                            + item + "'")).isEqualTo("1|1000");
                    assertThat(db.count("SELECT COUNT(*) FROM system_log WHERE log_msg LIKE '%extend loan for item "
                            + item + " %'")).isEqualTo(1);
                    db.sql("UPDATE loan SET is_return = 1, return_date = '2026-12-08' WHERE item_code = '" + item + "'");
                });
        assertThat(statements).isGreaterThan(8);
    }

    /** A circulation call on one core. */
    interface Call<R> {
        CirculationAnswer run(R request, CirculationCore core);
    }

    /**
     * For N = 1, 2, ...: a fresh item, set up; the request cut off before statement N; the retry; checks. Ends
     * with the first N the request survives; returns that N.
     */
    private static <R> int crashEverywhere(String tag, java.util.function.Consumer<String> setUp,
                                           Function<String, R> request, Call<R> call,
                                           java.util.function.Consumer<String> check) {
        for (int n = 1; n < 200; n++) {
            String item = "CR" + tag + n;
            db.sql("INSERT INTO item (biblio_id, coll_type_id, item_code, location_id, item_status_id, input_date)"
                    + " VALUES (13, 5, '" + item + "', 'UMM', '0', '2026-01-01 09:00:00')");
            setUp.accept(item);
            R r = request.apply(item);
            boolean crashed = false;
            COUNTDOWN.arm(n);
            try {
                call.run(r, crashing);
            } catch (CrashingDataSource.SimulatedCrash e) {
                crashed = true;
            } finally {
                COUNTDOWN.arm(Integer.MAX_VALUE);
            }
            CirculationAnswer retry = call.run(r, core);
            assertThat(retry.ok()).as("retry after a crash before statement %d", n).isTrue();
            assertThat(call.run(r, core)).isEqualTo(retry);
            check.accept(item);
            if (!crashed) {
                return n;
            }
        }
        throw new AssertionError("the request never finished");
    }

    private static void openLoan(String item, int dueInDays) {
        String due = SlimsFixture.TODAY.plusDays(dueInDays).toString();
        String member = "2024000789";
        db.sql("INSERT INTO loan (item_code, member_id, loan_date, due_date, renewed, loan_rules_id, is_lent, is_return,"
                + " input_date, last_update, uid) VALUES ('" + item + "', '" + member + "', '2026-11-20', '" + due
                + "', 0, 0, 1, 0, '2026-11-20 09:00:00', '2026-11-20 09:00:00', 1)");
    }
}
