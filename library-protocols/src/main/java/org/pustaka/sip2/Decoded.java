package org.pustaka.sip2;

import java.util.OptionalInt;

/** A message read from the wire, with its sequence number when it carried one and the line as received. */
public record Decoded(Sip2Message message, OptionalInt sequence, String raw) {
    /** Whether the line ended with a checksum (the codec has verified it by then). */
    public boolean carriesChecksum() {
        int n = raw.length();
        return n >= 6 && raw.charAt(n - 6) == 'A' && raw.charAt(n - 5) == 'Z';
    }
}
