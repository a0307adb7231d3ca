package org.pustaka.kiosk.library;

/**
 * The library system could not be reached (refused connection, timeout, dropped connection). The kiosk
 * may go on offline. {@link #outcomeUnknown()} is true when a request may have reached the library and
 * the adapter could not find out whether it took effect; the journal then leaves the entry for recovery.
 */
public class LibraryUnavailableException extends LibraryException {
    private final boolean outcomeUnknown;

    public LibraryUnavailableException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public LibraryUnavailableException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
