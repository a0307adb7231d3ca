package org.pustaka.kiosk.bench;

import org.pustaka.kiosk.store.ForwardingJournalStore;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.OutboxRecord;

/**
 * A {@link JournalStore} that times every append ({@code begin} and {@code record}, each one committed
 * database transaction) into an {@link AppendTimes}; reads go straight through.
 */
final class TimedJournalStore extends ForwardingJournalStore {
    private final AppendTimes times;

    TimedJournalStore(JournalStore store, AppendTimes times) {
        super(store);
        this.times = times;
    }

    @Override
    public void begin(JournalEntry entry) {
        long t = System.nanoTime();
        super.begin(entry);
        times.add(System.nanoTime() - t);
    }

    @Override
    public void record(JournalEntry entry, OutboxRecord report) {
        long t = System.nanoTime();
        super.record(entry, report);
        times.add(System.nanoTime() - t);
    }
}
