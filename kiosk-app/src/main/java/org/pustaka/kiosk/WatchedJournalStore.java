package org.pustaka.kiosk;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.StoreException;

/**
 * The circulation journal, telling {@link ServiceFaults} when a write fails and when one succeeds again. Every
 * loan and return is written here before anything else happens, so a journal that refuses writes means
 * the kiosk cannot serve; reads are passed through unwatched (a database may still read when it cannot
 * write). Exceptions still reach the caller unchanged.
 */
final class WatchedJournalStore implements JournalStore {
    private final JournalStore journal;
    private final ServiceFaults faults;

    WatchedJournalStore(JournalStore journal, ServiceFaults faults) {
        this.journal = journal;
        this.faults = faults;
    }

    @Override
    public void begin(JournalEntry entry) {
        write(() -> {
            journal.begin(entry);
            return null;
        });
    }

    @Override
    public void record(JournalEntry entry, OutboxRecord report) {
        write(() -> {
            journal.record(entry, report);
            return null;
        });
    }

    @Override
    public Optional<JournalEntry> find(UUID id) {
        return journal.find(id);
    }

    @Override
    public List<JournalEntry> unfinished() {
        return journal.unfinished();
    }

    @Override
    public List<JournalEntry> queued() {
        return journal.queued();
    }

    @Override
    public List<JournalEntry> all() {
        return journal.all();
    }

    @Override
    public List<JournalEntry> needingStaff() {
        return journal.needingStaff();
    }

    private void write(Supplier<Void> write) {
        try {
            write.get();
        } catch (StoreException e) {
            faults.storeFailed(e);
            throw e;
        }
        faults.storeWritten();
    }
}
