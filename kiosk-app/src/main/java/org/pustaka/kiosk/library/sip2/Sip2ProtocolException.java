package org.pustaka.kiosk.library.sip2;

import org.pustaka.sip2.Sip2Exception;

/**
 * The server answered, but not as SIP2 requires: login refused, responses garbled beyond the retries,
 * a wrong sequence number, or an answer to a different request.
 */
public class Sip2ProtocolException extends Sip2Exception {
    public Sip2ProtocolException(String message) {
        super(message);
    }

    public Sip2ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
