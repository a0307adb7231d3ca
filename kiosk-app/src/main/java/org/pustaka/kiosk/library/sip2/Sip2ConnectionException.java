package org.pustaka.kiosk.library.sip2;

import org.pustaka.sip2.Sip2Exception;

/** The library system could not be reached, stopped answering in time, or dropped the connection. */
public class Sip2ConnectionException extends Sip2Exception {
    private final boolean timedOut;

    public Sip2ConnectionException(String message, Throwable cause, boolean timedOut) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
