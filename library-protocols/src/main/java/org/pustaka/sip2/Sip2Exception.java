package org.pustaka.sip2;

/** Something went wrong talking SIP2. The message is a sentence a technician can act on. */
public class Sip2Exception extends Exception {
    public Sip2Exception(String message) {
        super(message);
    }

    public Sip2Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
