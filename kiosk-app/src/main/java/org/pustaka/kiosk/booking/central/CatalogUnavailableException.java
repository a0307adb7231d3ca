package org.pustaka.kiosk.booking.central;

/**
 * The central catalog could not answer now: no connection, a timeout, a server error (5xx), too many
 * requests, or the kiosk token refused (401/403, which staff must fix). Whatever was being sent stays
 * pending and is sent again later with the same id.
 */
public class CatalogUnavailableException extends Exception {
    public CatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public CatalogUnavailableException(String message) {
        super(message);
    }
}
