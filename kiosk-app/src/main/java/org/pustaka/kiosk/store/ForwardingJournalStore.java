package org.pustaka.kiosk.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A journal that passes every call to another one: the base of the decorators that watch the journal's
 * writes (the out-of-order light, the crash test's witness, the benchmarks' timing), which then override
 * only {@link #begin} and {@link #record}.
 */
public abstract class ForwardingJournalStore implements JournalStore {
    private final JournalStore journal;

    protected ForwardingJournalStore(JournalStore journal) {
        this.journal = journal;
    }

    @Override
    public void begin(JournalEntry entry) {
        journal.begin(entry);
    }

    @Override
    public void record(JournalEntry entry, OutboxRecord report) {
        journal.record(entry, report);
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
    public List<JournalEntry> forItem(String itemId) {
        return journal.forItem(itemId);
    }

    @Override
    public List<JournalEntry> all() {
        return journal.all();
    }

    @Override
    public List<JournalEntry> needingStaff() {
        return journal.needingStaff();
    }
}
