package org.pustaka.kiosk.bench;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.OutboxRecord;

/**
 * A {@link JournalStore} that times every append ({@code begin} and {@code record}, each one committed
 * database transaction) into an {@link AppendTimes}; reads go straight through.
 */
final class TimedJournalStore implements JournalStore {
    private final JournalStore store;
    private final AppendTimes times;

    TimedJournalStore(JournalStore store, AppendTimes times) {
        this.store = store;
        this.times = times;
    }

    @Override
    public void begin(JournalEntry entry) {
        long t = System.nanoTime();
        store.begin(entry);
        times.add(System.nanoTime() - t);
    }

    @Override
    public void record(JournalEntry entry, OutboxRecord report) {
        long t = System.nanoTime();
        store.record(entry, report);
        times.add(System.nanoTime() - t);
    }

    @Override
    public Optional<JournalEntry> find(UUID id) {
        return store.find(id);
    }

    @Override
    public List<JournalEntry> unfinished() {
        return store.unfinished();
    }

    @Override
    public List<JournalEntry> queued() {
        return store.queued();
    }

    @Override
    public List<JournalEntry> all() {
        return store.all();
    }

    @Override
    public List<JournalEntry> needingStaff() {
        return store.needingStaff();
    }
}
