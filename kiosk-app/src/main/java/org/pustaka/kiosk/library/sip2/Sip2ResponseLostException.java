package org.pustaka.kiosk.library.sip2;

/**
 * A request that changes loans (checkout, checkin, renew, renew all, fee paid, hold) went out and no
 * usable answer came back: the library may or may not have acted on it. The client never resends such
 * a request by itself; {@link LostResponseRecovery} asks item information first.
 */
public class Sip2ResponseLostException extends Sip2ConnectionException {
    public Sip2ResponseLostException(String message, Throwable cause, boolean timedOut) {
        super(message, cause, timedOut);
    }
}
