package org.pustaka.kiosk.bench;

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
 * A {@link LibrarySystem} that adds the time of every call to a {@link PortTimer}. The time includes the
 * adapter's own work (SIP2 encoding, the socket), so it is what the library costs the kiosk.
 */
public final class TimedLibrarySystem implements LibrarySystem {
    private final LibrarySystem library;
    private final PortTimer timer;

    public TimedLibrarySystem(LibrarySystem library, PortTimer timer) {
        this.library = library;
        this.timer = timer;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws LibraryException;
    }

    private <T> T timed(Call<T> call) throws LibraryException {
        long t = System.nanoTime();
        try {
            return call.run();
        } finally {
            timer.add(t);
        }
    }

    @Override
    public PatronIdentity identify(PatronCredentials patron) throws LibraryException {
        return timed(() -> library.identify(patron));
    }

    @Override
    public PatronAccount account(PatronCredentials patron) throws LibraryException {
        return timed(() -> library.account(patron));
    }

    @Override
    public CheckoutResult checkout(PatronCredentials patron, String itemId, TransactionOptions options)
            throws LibraryException {
        return timed(() -> library.checkout(patron, itemId, options));
    }

    @Override
    public CheckinResult checkin(String itemId, TransactionOptions options) throws LibraryException {
        return timed(() -> library.checkin(itemId, options));
    }

    @Override
    public CheckoutResult renew(PatronCredentials patron, String itemId, TransactionOptions options)
            throws LibraryException {
        return timed(() -> library.renew(patron, itemId, options));
    }

    @Override
    public List<CheckoutResult> renewAll(PatronCredentials patron) throws LibraryException {
        return timed(() -> library.renewAll(patron));
    }

    @Override
    public ItemInfo item(String itemId) throws LibraryException {
        return timed(() -> library.item(itemId));
    }

    @Override
    public void endSession(PatronCredentials patron) {
        long t = System.nanoTime();
        try {
            library.endSession(patron);
        } finally {
            timer.add(t);
        }
    }

    @Override
    public LibraryStatus status() {
        long t = System.nanoTime();
        try {
            return library.status();
        } finally {
            timer.add(t);
        }
    }

    @Override
    public void close() {
        library.close();
    }
}
