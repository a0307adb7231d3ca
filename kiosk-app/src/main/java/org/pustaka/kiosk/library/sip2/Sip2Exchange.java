package org.pustaka.kiosk.library.sip2;

import org.pustaka.sip2.Sip2Message;

/**
 * One completed request and its response: the decoded response, the raw response line (terminator
 * removed, secrets unmasked: mask before logging), the sequence number used and the round trip.
 */
public record Sip2Exchange<R extends Sip2Message>(R response, String raw, int sequence, long roundTripMillis) {
}
