package org.pustaka.central.backend;

import java.time.Duration;

/**
 * One request's view of the library system, on one connection. Not thread-safe: one request thread uses
 * it and closes it. Every method blocks on the database and throws {@link BackendException} on failure.
 *
 * <p>Locks are named, server-wide and held until {@link #close()}: they serialise circulation on one item
 * (and one member) across threads and service replicas. Take the member lock before the item lock.
 */
public interface LibrarySession extends AutoCloseable {

    /** Waits up to {@code wait} for the lock on one item; false when another request held it all that time. */
    boolean lockItem(String itemCode, Duration wait);

    /** Waits up to {@code wait} for the lock on one member; false when another request held it all that time. */
    boolean lockMember(String memberId, Duration wait);

    Members members();

    Items items();

    Loans loans();

    LoanWriter loanWriter();

    Rules rules();

    Reservations reservations();

    Fines fines();

    ActivityLog activity();

    @Override
    void close();
}
