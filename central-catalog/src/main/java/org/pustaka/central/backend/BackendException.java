package org.pustaka.central.backend;

/** The library system's database failed or did not answer; the request may be repeated. */
public class BackendException extends RuntimeException {

    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }

    public BackendException(String message) {
        super(message);
    }
}
