package org.pustaka.kiosk.library;

import java.time.Instant;
import java.util.Optional;

/**
 * The library system could not be reached (refused connection, timeout, dropped connection), or it
 * answered that it cannot serve now (HTTP 503). The kiosk may go on offline. {@link #outcomeUnknown()}
 * is true when a request may have reached the library and the adapter could not find out whether it
 * took effect; the journal then leaves the entry for recovery. {@link #serverAnswered()} is true when
 * the server did answer, only not with a result (busy): it is reachable, so this is a passing failure.
 * {@link #notBefore()} is the moment the server asked the kiosk to wait for ({@code Retry-After}), when
 * it asked.
 */
public class LibraryUnavailableException extends LibraryException {
    private final boolean outcomeUnknown;
    private final boolean serverAnswered;
    private final transient Instant notBefore;

    public LibraryUnavailableException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public LibraryUnavailableException(String message, Throwable cause, boolean outcomeUnknown) {
        this(message, cause, outcomeUnknown, false, null);
    }

    public LibraryUnavailableException(String message, Throwable cause, boolean outcomeUnknown,
                                       boolean serverAnswered, Instant notBefore) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
        this.serverAnswered = serverAnswered;
        this.notBefore = notBefore;
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** Whether the server answered (busy, or asking to wait): it is reachable, only not serving this call now. */
    public boolean serverAnswered() {
        return serverAnswered;
    }

    /** The moment before which the server asked not to be sent anything, when it asked. */
    public Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }
}
