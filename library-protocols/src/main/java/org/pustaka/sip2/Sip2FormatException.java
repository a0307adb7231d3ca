package org.pustaka.sip2;

/** A line that is not a well-formed SIP2 message (garbled, truncated, unknown command). */
public class Sip2FormatException extends Sip2Exception {
    public Sip2FormatException(String message) {
        super(message);
    }
}
