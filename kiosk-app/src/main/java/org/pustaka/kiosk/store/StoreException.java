package org.pustaka.kiosk.store;

/** The local store failed (disk full, corrupt file, locked by another process). Not recoverable by retrying. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
