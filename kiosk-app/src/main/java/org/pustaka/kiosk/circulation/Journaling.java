package org.pustaka.kiosk.circulation;

import java.time.Clock;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.JournalStore;

/**
 * Records journal steps: {@link #step} for intermediate states, {@link #finish} for the final one,
 * which also enqueues the transaction report in the same database transaction. Each returns the entry
 * as recorded, committed before the caller's next side effect.
 */
final class Journaling {
    private final JournalStore journal;
    private final Reports reports;
    private final Clock clock;

    Journaling(JournalStore journal, Reports reports, Clock clock) {
        this.journal = journal;
        this.reports = reports;
        this.clock = clock;
    }

    JournalEntry begin(JournalEntry intent) {
        journal.begin(intent);
        return intent;
    }

    JournalEntry step(JournalEntry e, JournalState next, String why) {
        JournalEntry updated = e.with(next, why, clock.instant());
        journal.record(updated, null);
        return updated;
    }

    JournalEntry finish(JournalEntry e, JournalState last, String why) {
        JournalEntry updated = e.with(last, why, clock.instant());
        journal.record(updated, reports.of(updated));
        return updated;
    }

    /** Records a replay's result with its own report. */
    JournalEntry replayed(JournalEntry updated, boolean accepted) {
        JournalEntry stamped = updated.with(updated.state(), "", clock.instant());
        journal.record(stamped, reports.replayOf(stamped, accepted));
        return stamped;
    }

    JournalStore store() {
        return journal;
    }
}
