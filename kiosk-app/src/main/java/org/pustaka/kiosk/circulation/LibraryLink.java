package org.pustaka.kiosk.circulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.LibraryUnavailableException;

/**
 * Remembers whether the library system answers, and tells a passing failure from a library that is
 * gone. A server that answered "busy" (HTTP 503 or 429) is reachable: its {@code Retry-After} is kept
 * and nothing is sent before that moment, but the library is not taken for offline. A call that got no
 * answer at all (refused connection, timeout, dropped answer) may be a hiccup; only
 * {@value #FAILURES_BEFORE_OFFLINE} of them in a row make the kiosk work offline, without waiting on the
 * library's timeout for every item, until {@code retry} has passed. Not thread-safe: used under the
 * desk's lock.
 */
final class LibraryLink {
    /** Calls in a row without any answer after which the whole library counts as unreachable. */
    static final int FAILURES_BEFORE_OFFLINE = 3;

    interface Call<T> {
        T run(LibrarySystem library) throws LibraryException;
    }

    private final LibrarySystem library;
    private final Clock clock;
    private final Duration retry;
    private Instant offlineSince;
    private Instant quietUntil = Instant.MIN;
    private int unansweredInARow;

    LibraryLink(LibrarySystem library, Clock clock, Duration retry) {
        this.library = library;
        this.clock = clock;
        this.retry = retry;
    }

    /**
     * Runs {@code call}. Fails at once, without sending, while offline and the retry time has not come, or
     * while the server's last {@code Retry-After} holds (then with {@code serverAnswered} set).
     */
    <T> T call(Call<T> call) throws LibraryException {
        Instant now = clock.instant();
        if (offlineSince != null && now.isBefore(offlineSince.plus(retry))) {
            throw new LibraryUnavailableException("The library system did not answer a moment ago; working offline.",
                    null);
        }
        if (now.isBefore(quietUntil)) {
            throw new LibraryUnavailableException("The library system asked the kiosk to wait until " + quietUntil
                    + "; nothing was sent.", null, false, true, quietUntil);
        }
        try {
            T result = call.run(library);
            answered();
            return result;
        } catch (LibraryUnavailableException e) {
            e.notBefore().filter(quietUntil::isBefore).ifPresent(t -> quietUntil = t);
            if (e.serverAnswered()) {
                answered();
            } else if (++unansweredInARow >= FAILURES_BEFORE_OFFLINE) {
                offlineSince = clock.instant();
            }
            throw e;
        } catch (LibraryException e) {
            // an answer the adapter could not read is still an answer: the library is there
            answered();
            throw e;
        }
    }

    /**
     * Whether nothing can be sent now: offline, or the server asked the kiosk to wait and that moment has
     * not come yet. After a failed call that left this false, the next call may well succeed.
     */
    boolean holdingBack() {
        return offlineSince != null || clock.instant().isBefore(quietUntil);
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
        if (online) {
            answered();
        } else {
            offlineSince = clock.instant();
        }
        return online;
    }

    LibrarySystem library() {
        return library;
    }

    private void answered() {
        offlineSince = null;
        unansweredInARow = 0;
    }
}
