package org.pustaka.kiosk.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.library.http.ApiJson;
import org.pustaka.catalog.api.UsageReport;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.OutboxStore;
import org.pustaka.kiosk.testing.MutableClock;

class UsageMetricsTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** Collects what is enqueued. */
    static final class ListOutbox implements OutboxStore {
        final List<OutboxRecord> records = new ArrayList<>();

        @Override
        public void enqueue(OutboxRecord record) {
            records.add(record);
        }

        @Override
        public List<OutboxRecord> pending(String kind, int max) {
            return records.stream().filter(r -> r.kind().equals(kind)).limit(max).toList();
        }

        @Override
        public void markSent(Collection<UUID> ids) {
        }

        @Override
        public void markRejected(UUID id, String reason) {
        }

        @Override
        public void recordAttemptFailed(Collection<UUID> ids, String error) {
        }

        @Override
        public int depth() {
            return records.size();
        }
    }

    @Test
    void eachHourBecomesOneReportInTheOutbox() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:10:00Z")); // 09:10 in Malang
        ListOutbox outbox = new ListOutbox();
        UsageMetrics m = new UsageMetrics(outbox, JAKARTA, clock);
        m.itemTransacted("CHECKOUT", "Laskar Pelangi");
        m.itemTransacted("CHECKOUT", "Bumi Manusia");
        m.itemTransacted("CHECKOUT", "Laskar Pelangi");
        m.visitEnded(3);
        m.itemTransacted("CHECKIN", "Negeri 5 Menara");
        m.visitEnded(1);
        m.visitEnded(0);
        assertThat(outbox.records).isEmpty();

        clock.advance(Duration.ofMinutes(55)); // 10:05
        m.itemTransacted("RENEW", "Laskar Pelangi");
        assertThat(outbox.records).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo(OutboxKinds.METRICS));
        UsageReport first = ApiJson.read(outbox.records.get(0).payload(), UsageReport.class);
        assertThat(first.id()).isEqualTo(outbox.records.get(0).id());
        assertThat(first.transactions()).isEqualTo(4);
        assertThat(first.transactionsByHour()).containsEntry("09", 4);
        assertThat(first.visits()).isEqualTo(2);
        assertThat(first.itemsPerVisit()).isEqualTo(2.0);
        assertThat(first.topTitles()).extracting(t -> t.title() + "=" + t.count())
                .containsExactly("Laskar Pelangi=2", "Bumi Manusia=1");
        assertThat(first.periodStart()).isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));
        assertThat(first.periodEnd()).isEqualTo(Instant.parse("2026-11-28T03:00:00Z"));

        UsageReport second = m.flush().orElseThrow();
        assertThat(second.transactionsByHour()).containsEntry("10", 1);
        assertThat(second.topTitles()).extracting(t -> t.title()).containsExactly("Laskar Pelangi");
        assertThat(outbox.records).hasSize(2);
        assertThat(m.flush()).isEmpty();
    }

    @Test
    void quietHoursSendNothing() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:10:00Z"));
        ListOutbox outbox = new ListOutbox();
        UsageMetrics m = new UsageMetrics(outbox, JAKARTA, clock);
        clock.advance(Duration.ofHours(5));
        m.flushIfDue();
        assertThat(outbox.records).isEmpty();
    }
}
