package org.pustaka.kiosk.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The circulation journal. Every method is one committed database transaction that has reached the
 * database file when it returns, so a step recorded before a side effect survives the process being
 * killed right after. Blocking JDBC: call from worker threads. Failures are {@link StoreException}s;
 * the caller must not go on with the side effect when recording it failed.
 */
public interface JournalStore {

    /** Records a new entry (normally {@link JournalState#PENDING}). */
    void begin(JournalEntry entry);

    /**
     * Replaces the entry's state, answers and member with {@code entry}'s, and, when {@code report} is not null,
     * enqueues that report for the central catalog in the same transaction.
     */
    void record(JournalEntry entry, OutboxRecord report);

    Optional<JournalEntry> find(UUID id);

    /** Entries still {@link JournalState#unfinished()}, oldest first. */
    List<JournalEntry> unfinished();

    /** Offline entries waiting for the library ({@link ReplayState#QUEUED}), in the order the visitors did them. */
    List<JournalEntry> queued();

    /** Every entry for one item, oldest first (recovery looks for later steps on the same item). */
    List<JournalEntry> forItem(String itemId);

    /** Every entry, oldest first (diagnostics, the crash test). */
    List<JournalEntry> all();

    /** Entries staff must look at, oldest first. */
    List<JournalEntry> needingStaff();
}
