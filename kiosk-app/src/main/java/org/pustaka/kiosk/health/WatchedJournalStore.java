package org.pustaka.kiosk.health;

import org.pustaka.kiosk.store.ForwardingJournalStore;
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
public final class WatchedJournalStore extends ForwardingJournalStore {
    private final ServiceFaults faults;

    public WatchedJournalStore(JournalStore journal, ServiceFaults faults) {
        super(journal);
        this.faults = faults;
    }

    @Override
    public void begin(JournalEntry entry) {
        write(() -> super.begin(entry));
    }

    @Override
    public void record(JournalEntry entry, OutboxRecord report) {
        write(() -> super.record(entry, report));
    }

    private void write(Runnable write) {
        try {
            write.run();
        } catch (StoreException e) {
            faults.storeFailed(e);
            throw e;
        }
        faults.storeWritten();
    }
}
