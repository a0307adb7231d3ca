package org.pustaka.kiosk.hub;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.pustaka.kiosk.library.http.ApiJson;
import org.pustaka.catalog.api.TitleCount;
import org.pustaka.catalog.api.UsageReport;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.OutboxStore;

/**
 * Counts what the circulation tells it (transactions with their titles, visits with their item counts)
 * and turns each clock hour into a {@link UsageReport}: transactions per local hour of day, items per
 * visit and the ten most borrowed titles. It is never told who borrowed, so the report cannot carry
 * patron data. Reports go through the outbox (kind {@code metrics}), not directly: a kiosk offline for a
 * day still delivers each hour's figures once, in order. An hour is closed when the first count of a
 * later hour arrives, or by {@link #flushIfDue()} / {@link #flush()} (at shutdown). Thread-safe.
 */
public final class UsageMetrics {
    private static final int TOP_TITLES = 10;

    private final OutboxStore outbox;
    private final ZoneId zone;
    private final Clock clock;
    private Instant periodStart;
    private final Map<String, Integer> byHour = new TreeMap<>();
    private final Map<String, Integer> titles = new HashMap<>();
    private int transactions;
    private int visits;
    private int visitItems;

    public UsageMetrics(OutboxStore outbox, ZoneId zone, Clock clock) {
        this.outbox = outbox;
        this.zone = zone;
        this.clock = clock;
        this.periodStart = hourOf(clock.instant());
    }

    /** One checkout, checkin or renewal; {@code type} is CHECKOUT, CHECKIN or RENEW. Titles of loans are ranked. */
    public synchronized void itemTransacted(String type, String title) {
        Instant now = clock.instant();
        rollIfDue(now);
        transactions++;
        String hour = String.format("%02d", now.atZone(zone).getHour());
        byHour.merge(hour, 1, Integer::sum);
        if (("CHECKOUT".equals(type) || "RENEW".equals(type)) && title != null && !title.isBlank()) {
            titles.merge(title.strip(), 1, Integer::sum);
        }
    }

    /** A visit ended with {@code items} transactions; visits without any are not counted. */
    public synchronized void visitEnded(int items) {
        rollIfDue(clock.instant());
        if (items > 0) {
            visits++;
            visitItems += items;
        }
    }

    /** Closes the current hour when it is over. */
    public synchronized void flushIfDue() {
        rollIfDue(clock.instant());
    }

    /** Closes the current period now and enqueues its report if anything was counted. */
    public synchronized Optional<UsageReport> flush() {
        Instant now = clock.instant();
        Optional<UsageReport> r = close(now);
        periodStart = now;
        return r;
    }

    /** The figures so far in the open period, without enqueueing them. */
    public synchronized UsageReport snapshot() {
        return build(UUID.randomUUID(), clock.instant());
    }

    private void rollIfDue(Instant now) {
        Instant end = periodStart.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        if (!now.isBefore(end)) {
            close(end);
            periodStart = hourOf(now);
        }
    }

    private Optional<UsageReport> close(Instant end) {
        if (transactions == 0 && visits == 0) {
            return Optional.empty();
        }
        UsageReport report = build(UUID.randomUUID(), end);
        outbox.enqueue(OutboxRecord.pending(report.id(), OutboxKinds.METRICS, ApiJson.text(report), clock.instant()));
        byHour.clear();
        titles.clear();
        transactions = 0;
        visits = 0;
        visitItems = 0;
        return Optional.of(report);
    }

    private UsageReport build(UUID id, Instant end) {
        List<TitleCount> top = titles.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_TITLES)
                .map(e -> new TitleCount(e.getKey(), e.getValue()))
                .toList();
        double perVisit = visits == 0 ? 0 : Math.round(100.0 * visitItems / visits) / 100.0;
        return new UsageReport(id, periodStart, end, transactions, byHour, visits, perVisit, top);
    }

    private static Instant hourOf(Instant t) {
        return t.truncatedTo(ChronoUnit.HOURS);
    }
}
