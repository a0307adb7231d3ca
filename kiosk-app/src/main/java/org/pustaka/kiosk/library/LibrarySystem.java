package org.pustaka.kiosk.library;

import java.util.List;

/**
 * What the kiosk needs from the library's circulation system, whatever protocol carries it (SIP2, the
 * central catalog HTTP API, or the built-in simulation). Every method blocks until the library answered
 * or the adapter's timeout passed: call it from a worker thread, never the Swing event thread.
 * Implementations serialize calls themselves (SIP2 allows one request at a time per connection).
 *
 * <p>A "no" from the library (item on hold for someone else, patron blocked) is a normal result with a
 * {@link Refusal}, not an exception. Exceptions mean the exchange did not complete:
 * {@link LibraryUnavailableException} when the library cannot be reached (the kiosk may work offline),
 * {@link LibraryException} for answers that cannot be understood. An adapter that lost the answer to a
 * checkout, checkin or renew must find out what happened (item information) before it gives up, and
 * throw {@link LibraryUnavailableException} with {@code outcomeUnknown} set only when it cannot.
 */
public interface LibrarySystem extends AutoCloseable {

    /** Checks the card and, when given, the PIN. */
    PatronIdentity identify(PatronCredentials patron) throws LibraryException;

    /** Loans, holds ready for pick-up and fines. */
    PatronAccount account(PatronCredentials patron) throws LibraryException;

    CheckoutResult checkout(PatronCredentials patron, String itemId, TransactionOptions options)
            throws LibraryException;

    CheckinResult checkin(String itemId, TransactionOptions options) throws LibraryException;

    CheckoutResult renew(PatronCredentials patron, String itemId, TransactionOptions options)
            throws LibraryException;

    /** Renews every loan; one result per loan the library reported. */
    List<CheckoutResult> renewAll(PatronCredentials patron) throws LibraryException;

    /** The item's circulation state, title and due date. */
    ItemInfo item(String itemId) throws LibraryException;

    /** Ends the patron's session in the library system (SIP2 35). Failures are logged, not thrown. */
    void endSession(PatronCredentials patron);

    /** Whether the library system answers now, with its round-trip time. Never throws. */
    LibraryStatus status();

    @Override
    default void close() {
    }
}
