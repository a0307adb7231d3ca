package org.pustaka.central.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets the exactly-once ledgers' old answers: finished circulation requests and stored API answers older
 * than the retention ({@code ledger.retentionDays}, 180 by default, never under 45). A kiosk repeats a
 * request within minutes, or after an offline spell of days; an answer kept for months covers both. A
 * request cut off half-way (state PENDING) is never forgotten: its repeat must still find its plan.
 * Deletes in small batches so kiosks' requests never wait behind a long delete; every replica may run it.
 */
public final class LedgerRetention implements AutoCloseable {
    static final int BATCH = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(LedgerRetention.class);
    private static final String[] DELETES = {
        "DELETE FROM circulation_request WHERE state = 'DONE' AND created_at < ? LIMIT " + BATCH,
        "DELETE FROM api_request WHERE created_at < ? LIMIT " + BATCH,
    };

    private final Tx tx;
    private final Clock clock;
    private final Duration retention;
    private ScheduledExecutorService timer;

    public LedgerRetention(Tx tx, Clock clock, Duration retention) {
        this.tx = tx;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes what is older than the retention, batch by batch; answers how many rows went. */
    public long purge() throws SQLException {
        Instant before = clock.instant().minus(retention);
        long total = 0;
        for (String sql : DELETES) {
            int deleted;
            do {
                deleted = tx.run(c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        Times.set(ps, 1, before);
                        return ps.executeUpdate();
                    }
                });
                total += deleted;
            } while (deleted == BATCH);
        }
        if (total > 0) {
            LOG.info("Forgot {} ledger rows older than {}", total, before);
        }
        return total;
    }

    /** Purges now and then every {@code every}, on a daemon thread, until closed. A failed run is logged and retried later. */
    public LedgerRetention every(Duration every) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ledger-retention");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                purge();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Forgetting old ledger rows failed; trying again in {}: {}", every, e.getMessage());
            }
        }, 1, every.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
