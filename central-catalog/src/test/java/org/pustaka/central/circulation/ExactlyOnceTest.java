package org.pustaka.central.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Repeated request ids get their first answer; two kiosks borrowing one item at once make one loan. */
class ExactlyOnceTest {

    private static SlimsFixture db;
    private static CirculationCore core;
    private static CirculationCore replica;

    @BeforeAll
    static void start() {
        db = SlimsFixture.demo();
        core = db.core(new StepClock(SlimsFixture.NOW), true);
        // A second service instance on the same databases, as a replica behind a load balancer would be.
        replica = db.core(new StepClock(SlimsFixture.NOW), true);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void aRepeatedCheckoutGetsItsFirstAnswerAndChangesNothing() {
        CheckoutRequest r = new CheckoutRequest(UUID.randomUUID().toString(), "kiosk-1", "2024000123", "30000103",
                SlimsFixture.NOW, false);
        CirculationAnswer first = core.checkout(r);
        String rows = rows();
        assertThat(first.ok()).isTrue();
        assertThat(replica.checkout(r)).isEqualTo(first);
        assertThat(core.checkout(r)).isEqualTo(first);
        assertThat(rows()).isEqualTo(rows);
        // Even after the item came back, the old request id still answers as first and lends nothing.
        assertThat(core.checkin(new CheckinRequest(UUID.randomUUID().toString(), "kiosk-1", "30000103", SlimsFixture.NOW,
                false)).ok()).isTrue();
        String afterReturn = rows();
        assertThat(core.checkout(r)).isEqualTo(first);
        assertThat(rows()).isEqualTo(afterReturn);
        assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='30000103' AND is_return=0")).isZero();
    }

    @Test
    void aRepeatedRefusalStaysARefusalWhenTheItemHasBecomeFree() {
        CheckoutRequest r = new CheckoutRequest(UUID.randomUUID().toString(), "kiosk-1", "2024000789", "30000112",
                SlimsFixture.NOW, false);
        assertThat(core.checkout(r).refusal().code()).isEqualTo(RefusalCode.ITEM_ALREADY_ON_LOAN);
        core.checkin(new CheckinRequest(UUID.randomUUID().toString(), "kiosk-1", "30000112", SlimsFixture.NOW, false));
        assertThat(core.checkout(r).refusal().code()).isEqualTo(RefusalCode.ITEM_ALREADY_ON_LOAN);
        assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='30000112' AND member_id='2024000789'")).isZero();
    }

    @Test
    void aRepeatedReturnAndRenewalChargeOnce() {
        db.sql("INSERT INTO loan (item_code, member_id, loan_date, due_date, loan_rules_id, is_lent, is_return, input_date,"
                + " last_update, uid) VALUES ('30000116', '2024000123', '2026-11-20', '2026-12-05', 0, 1, 0,"
                + " '2026-11-20 09:00:00', '2026-11-20 09:00:00', 1)");
        RenewRequest renew = new RenewRequest(UUID.randomUUID().toString(), "kiosk-1", "2024000123", "30000116",
                SlimsFixture.NOW);
        CirculationAnswer renewed = core.renew(renew);
        assertThat(renewed.fineCharged()).isEqualTo(1500);
        assertThat(replica.renew(renew)).isEqualTo(renewed);
        CheckinRequest back = new CheckinRequest(UUID.randomUUID().toString(), "kiosk-1", "30000116", SlimsFixture.NOW,
                false);
        CirculationAnswer returned = core.checkin(back);
        assertThat(replica.checkin(back)).isEqualTo(returned);
        assertThat(db.one("SELECT CONCAT_WS('|', renewed, is_return) FROM loan WHERE item_code='30000116'")).isEqualTo("1|1");
        assertThat(db.count("SELECT COUNT(*) FROM fines WHERE description LIKE '% 30000116'")).isEqualTo(1);
    }

    @Test
    void twoKiosksBorrowingOneItemAtOnceMakeOneLoanEveryRound() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 30; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Callable<CirculationAnswer>> both = List.of(
                        () -> {
                            together.await();
                            return core.checkout(new CheckoutRequest(UUID.randomUUID().toString(), "kiosk-A",
                                    "2024000123", "30000117", SlimsFixture.NOW, false));
                        },
                        () -> {
                            together.await();
                            return replica.checkout(new CheckoutRequest(UUID.randomUUID().toString(), "kiosk-B",
                                    "2024000789", "30000117", SlimsFixture.NOW, false));
                        });
                List<CirculationAnswer> answers = new ArrayList<>();
                for (Future<CirculationAnswer> f : pool.invokeAll(both)) {
                    answers.add(f.get());
                }
                assertThat(answers).filteredOn(CirculationAnswer::ok).as("round %d", round).hasSize(1);
                assertThat(answers).filteredOn(a -> !a.ok()).extracting(a -> a.refusal().code())
                        .containsExactly(RefusalCode.ITEM_ALREADY_ON_LOAN);
                assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='30000117' AND is_lent=1 AND is_return=0"))
                        .isEqualTo(1);
                assertThat(core.checkin(new CheckinRequest(UUID.randomUUID().toString(), "kiosk-A", "30000117",
                        SlimsFixture.NOW, false)).ok()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='30000117'")).isEqualTo(30);
    }

    @Test
    void theSameRequestArrivingTwiceAtOnceMakesOneLoan() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String item = "30000118";
                CheckoutRequest r = new CheckoutRequest(UUID.randomUUID().toString(), "kiosk-A", "2024000123", item,
                        SlimsFixture.NOW, false);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Callable<CirculationAnswer>> twice = List.of(
                        () -> {
                            together.await();
                            return core.checkout(r);
                        },
                        () -> {
                            together.await();
                            return replica.checkout(r);
                        });
                List<Future<CirculationAnswer>> answers = pool.invokeAll(twice);
                assertThat(answers.get(0).get()).isEqualTo(answers.get(1).get());
                assertThat(answers.get(0).get().ok()).isTrue();
                assertThat(db.count("SELECT COUNT(*) FROM loan WHERE item_code='" + item + "' AND is_return=0")).isEqualTo(1);
                core.checkin(new CheckinRequest(UUID.randomUUID().toString(), "kiosk-A", item, SlimsFixture.NOW, false));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String rows() {
        return db.one("SELECT CONCAT_WS('|', (SELECT COUNT(*) FROM loan), (SELECT COUNT(*) FROM loan_history),"
                + " (SELECT COUNT(*) FROM fines), (SELECT COUNT(*) FROM system_log), (SELECT COUNT(*) FROM visitor_count),"
                + " (SELECT COUNT(*) FROM reserve), (SELECT MAX(last_update) FROM loan))");
    }
}
