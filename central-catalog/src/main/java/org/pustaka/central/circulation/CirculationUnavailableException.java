package org.pustaka.central.circulation;

/**
 * The request was not finished: the library's database or the service's store did not answer, or the
 * item was busy longer than the lock wait. Nothing is lost: repeat the same request (same id) later.
 */
public class CirculationUnavailableException extends RuntimeException {

    public CirculationUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public CirculationUnavailableException(String message) {
        super(message);
    }
}
