package org.pustaka.kiosk.store.jdbc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the local database from growing for ever, run from the engine's maintenance timer: once a day it
 * deletes what the kiosk no longer needs after {@code kiosk.keepDays} (finished journal entries, with the
 * visitor's card number they hold, and reports the central catalog took) and then compacts the file,
 * which also empties the journal's write-ahead log so the deleted steps cannot come back from it; at
 * every other tick it lets the database compact itself when it has grown ({@link Database#maintain()}).
 */
public final class Housekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);
    static final Duration EVERY = Duration.ofDays(1);

    private final Database db;
    private final JdbcJournalStore journal;
    private final JdbcOutboxStore outbox;
    private final Duration keep;
    private final Clock clock;
    private Instant lastDeletion;

    public Housekeeping(Database db, JdbcJournalStore journal, JdbcOutboxStore outbox, int keepDays, Clock clock) {
        this.db = db;
        this.journal = journal;
        this.outbox = outbox;
        this.keep = Duration.ofDays(keepDays);
        this.clock = clock;
    }

    /** One maintenance tick. */
    public synchronized void run() {
        Instant now = clock.instant();
        if (lastDeletion == null || !now.isBefore(lastDeletion.plus(EVERY))) {
            lastDeletion = now;
            Instant before = now.minus(keep);
            int entries = journal.deleteFinishedBefore(before);
            int reports = outbox.deleteSentBefore(before);
            if (entries + reports > 0) {
                LOG.info("Deleted {} finished journal entries and {} delivered reports older than {} days", entries,
                        reports, keep.toDays());
                db.compactNow(Database.COMPACT_WAIT);
                return;
            }
        }
        db.maintain();
    }
}
