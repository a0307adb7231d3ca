package org.pustaka.sip2;

import java.util.OptionalInt;

/** A message read from the wire, with its sequence number when it carried one and the line as received. */
public record Decoded(Sip2Message message, OptionalInt sequence, String raw) {
}
