package org.pustaka.kiosk.circulation;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.KnownPatronStore;

/**
 * The circulation desk: identification, borrowing, returning and renewing over the library system, the
 * pad and the journal, with offline store-and-forward and recovery. One visitor at a time: every
 * operation runs under one lock, so the touchscreen's worker and the engine's maintenance timer never
 * interleave journal steps. Before any step that goes to the library, waiting offline transactions are
 * replayed first, so the library sees everything in the order it happened.
 */
public final class Circulation implements CirculationDesk {
    private final ReentrantLock lock = new ReentrantLock();
    private final LibraryLink link;
    private final ItemPad pad;
    private final Journaling journal;
    private final Identification identification;
    private final Stacks stacks;
    private final Renewals renewals;
    private final Replay replay;
    private final Recovery recovery;
    private boolean queueWaiting;

    public Circulation(LibrarySystem library, ItemPad pad, JournalStore journalStore, KnownPatronStore known,
                       CirculationPolicy policy, Clock clock) {
        this.link = new LibraryLink(library, clock, policy.offlineRetry());
        this.pad = pad;
        this.journal = new Journaling(journalStore, new Reports(policy.kioskId()), clock);
        this.identification = new Identification(link, known, policy, clock);
        OfflineLending offline = new OfflineLending(pad, journal, identification, policy, clock);
        this.stacks = new Stacks(new Lending(link, pad, journal, offline, clock), pad);
        this.renewals = new Renewals(link, journal, clock, policy.zone());
        this.replay = new Replay(link, journal);
        this.recovery = new Recovery(link, pad, journal, clock);
        this.queueWaiting = !journalStore.queued().isEmpty();
    }

    @Override
    public IdentifyResult identify(PatronCredentials patron) {
        return locked(() -> {
            catchUp();
            return identification.identify(patron);
        });
    }

    @Override
    public PatronAccount account(PatronCredentials patron) throws LibraryException {
        lock.lock();
        try {
            catchUp();
            return link.call(l -> l.account(patron));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ItemOutcome borrow(PatronCredentials patron, PadItem item) {
        return borrowAll(patron, List.of(item)).get(0);
    }

    @Override
    public ItemOutcome giveBack(PadItem item) {
        return giveBackAll(List.of(item)).get(0);
    }

    @Override
    public List<ItemOutcome> borrowAll(PatronCredentials patron, List<PadItem> items) {
        return locked(() -> {
            catchUp();
            return noteOffline(stacks.borrow(patron, List.copyOf(items)));
        });
    }

    @Override
    public List<ItemOutcome> giveBackAll(List<PadItem> items) {
        return locked(() -> {
            catchUp();
            return noteOffline(stacks.giveBack(List.copyOf(items)));
        });
    }

    @Override
    public List<ItemOutcome> renew(PatronCredentials patron, List<String> itemIds) {
        return locked(() -> {
            catchUp();
            return renewals.renew(patron, List.copyOf(itemIds));
        });
    }

    @Override
    public void watchPad(PadListener listener) {
        pad.watch(tags -> {
            PadContent content = PadItems.assemble(tags);
            listener.padChanged(content.items());
            content.patronCards().forEach(listener::patronCardPlaced);
        });
    }

    /** What lies on the pad now, read from the reader. Blocks on the reader. */
    public PadContent padContent() {
        return PadItems.assemble(pad.tags());
    }

    /**
     * Settles the journal entries a stopped kiosk left unfinished (run at start-up). Entries that wait
     * for earlier offline steps of their item are settled once the replay has delivered those, when the
     * library answers now.
     */
    public RecoverySummary recover() {
        return locked(() -> {
            RecoverySummary s = recovery.run();
            if (s.left() > 0 && !link.offline() && !journal.store().queued().isEmpty()) {
                replay.run();
                s = s.then(recovery.run());
            }
            queueWaiting = !journal.store().queued().isEmpty();
            return s;
        });
    }

    /** Replays the offline queue now if the library answers. */
    public ReplaySummary replay() {
        return locked(() -> {
            if (link.offline() && !link.probe()) {
                return new ReplaySummary(0, 0, journal.store().queued().size());
            }
            ReplaySummary s = replay.run();
            queueWaiting = s.left() > 0;
            return s;
        });
    }

    /**
     * The periodic chore (the engine runs it every few seconds): notices the library coming back,
     * replays the offline queue, and settles entries whose answers were lost.
     */
    public void maintain() {
        locked(() -> {
            catchUp();
            if (!link.offline() && !journal.store().unfinished().isEmpty()) {
                recovery.run();
                queueWaiting = !journal.store().queued().isEmpty();
            }
            return null;
        });
    }

    /** Whether the kiosk is working offline now. */
    public boolean offline() {
        return locked(link::offline);
    }

    /** Journal entries staff must look at (diagnostics). */
    public List<JournalEntry> needingStaff() {
        return journal.store().needingStaff();
    }

    private void catchUp() {
        if (link.offline() && link.retryDue()) {
            link.probe();
        }
        if (!link.offline() && queueWaiting) {
            queueWaiting = replay.run().left() > 0;
        }
    }

    private List<ItemOutcome> noteOffline(List<ItemOutcome> outcomes) {
        if (outcomes.stream().anyMatch(o -> o.result() == ItemOutcome.Result.DONE_OFFLINE)) {
            queueWaiting = true;
        }
        return outcomes;
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
