package org.pustaka.kiosk.store;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Reports waiting for the central catalog, oldest first. Blocking JDBC calls: use from worker threads.
 * Enqueueing the same id twice keeps the first record (idempotent).
 */
public interface OutboxStore {

    void enqueue(OutboxRecord record);

    /** Up to {@code max} pending records of {@code kind}, oldest first. */
    List<OutboxRecord> pending(String kind, int max);

    /** The server accepted these (or had them already). */
    void markSent(Collection<UUID> ids);

    /** The server refused this one for good; it stays for staff with the reason. */
    void markRejected(UUID id, String reason);

    /** A delivery attempt failed for a passing reason; the records stay pending. */
    void recordAttemptFailed(Collection<UUID> ids, String error);

    /** Records still waiting, of every kind. */
    int depth();
}
