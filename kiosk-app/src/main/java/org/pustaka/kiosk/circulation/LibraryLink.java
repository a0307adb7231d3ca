package org.pustaka.kiosk.circulation;

import java.time.Clock;
import java.time.Instant;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.LibraryUnavailableException;

/**
 * Remembers whether the library system answers. After a call fails for want of a connection, the kiosk
 * works offline without waiting on the library's timeout for every item, and tries again once
 * {@code retry} has passed. Not thread-safe: used under the desk's lock.
 */
final class LibraryLink {

    interface Call<T> {
        T run(LibrarySystem library) throws LibraryException;
    }

    private final LibrarySystem library;
    private final Clock clock;
    private final java.time.Duration retry;
    private Instant offlineSince;

    LibraryLink(LibrarySystem library, Clock clock, java.time.Duration retry) {
        this.library = library;
        this.clock = clock;
        this.retry = retry;
    }

    /** Runs {@code call}, or fails at once while offline and the retry time has not come. */
    <T> T call(Call<T> call) throws LibraryException {
        if (offlineSince != null && clock.instant().isBefore(offlineSince.plus(retry))) {
            throw new LibraryUnavailableException("The library system did not answer a moment ago; working offline.",
                    null);
        }
        try {
            T result = call.run(library);
            offlineSince = null;
            return result;
        } catch (LibraryUnavailableException e) {
            offlineSince = clock.instant();
            throw e;
        }
    }

    /** Whether the library is to be tried again: offline for longer than the retry time. */
    boolean retryDue() {
        return offlineSince != null && !clock.instant().isBefore(offlineSince.plus(retry));
    }

    boolean offline() {
        return offlineSince != null;
    }

    /** Asks the library whether it answers now (even while offline), and remembers the answer. */
    boolean probe() {
        boolean online = library.status().online();
        offlineSince = online ? null : clock.instant();
        return online;
    }

    LibrarySystem library() {
        return library;
    }
}
