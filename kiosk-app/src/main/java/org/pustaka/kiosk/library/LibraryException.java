package org.pustaka.kiosk.library;

/**
 * The exchange with the library system did not complete: an answer that could not be understood, or
 * (as {@link LibraryUnavailableException}) no answer at all. The message is a sentence for a technician.
 */
public class LibraryException extends Exception {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
