package org.pustaka.kiosk.diagnostics;

import java.util.List;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibraryStatus;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.TransactionOptions;

/**
 * A library system inside the process that answers only {@link #status()}: what {@code kiosk diagnose}
 * checks when no real library system is at hand (the simulated SIP2 server replaces it where it is
 * built in), and what it reports for a configured adapter missing from this build. It can be switched
 * down to show the library check failing. Every circulation call throws: it holds no patrons or items.
 */
public final class StandInLibrarySystem implements LibrarySystem {
    private final String unavailableReason;
    private volatile boolean down;

    private StandInLibrarySystem(String unavailableReason) {
        this.unavailableReason = unavailableReason;
    }

    /** Answers status checks; {@link #down(boolean)} switches it off and on. */
    public static StandInLibrarySystem answering() {
        return new StandInLibrarySystem(null);
    }

    /** Never reachable, with {@code reason} as the technician's detail. */
    public static StandInLibrarySystem unavailable(String reason) {
        return new StandInLibrarySystem(reason);
    }

    public void down(boolean value) {
        down = value;
    }

    @Override
    public LibraryStatus status() {
        if (unavailableReason != null) {
            return new LibraryStatus(false, -1, unavailableReason);
        }
        if (down) {
            return new LibraryStatus(false, -1, "simulated outage: the library system does not answer");
        }
        long start = System.nanoTime();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new LibraryStatus(true, millis, "in-process stand-in library system");
    }

    private LibraryException notHere() {
        return new LibraryException("The stand-in library system of diagnostics answers status checks only.");
    }

    @Override
    public PatronIdentity identify(PatronCredentials patron) throws LibraryException {
        throw notHere();
    }

    @Override
    public PatronAccount account(PatronCredentials patron) throws LibraryException {
        throw notHere();
    }

    @Override
    public CheckoutResult checkout(PatronCredentials patron, String itemId, TransactionOptions options)
            throws LibraryException {
        throw notHere();
    }

    @Override
    public CheckinResult checkin(String itemId, TransactionOptions options) throws LibraryException {
        throw notHere();
    }

    @Override
    public CheckoutResult renew(PatronCredentials patron, String itemId, TransactionOptions options)
            throws LibraryException {
        throw notHere();
    }

    @Override
    public List<CheckoutResult> renewAll(PatronCredentials patron) throws LibraryException {
        throw notHere();
    }

    @Override
    public ItemInfo item(String itemId) throws LibraryException {
        throw notHere();
    }

    @Override
    public void endSession(PatronCredentials patron) {
        // nothing to end: the stand-in keeps no sessions
    }
}
