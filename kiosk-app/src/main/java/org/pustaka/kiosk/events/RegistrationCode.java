package org.pustaka.kiosk.events;

import java.util.UUID;

/**
 * The short code a person reads for a sign-up, such as {@code AC-7QH4MX}: "AC" for Acara and six
 * characters from the school-visit codes' alphabet without look-alikes, taken from the registration's
 * id. The id itself (36 characters) stays the key for the central catalog and the ticket's QR code;
 * the code is what the screen and the paper show, short enough for a 32-column ticket and for
 * reading aloud to the staff. 22^6 (113 million) codes make two sign-ups of one event sharing a code
 * practically impossible.
 */
public final class RegistrationCode {
    private static final String ALPHABET = "34679ACEFGHJKMNPQRTWXY";
    private static final int LENGTH = 6;

    private RegistrationCode() {
    }

    public static String of(UUID id) {
        long bits = id.getMostSignificantBits() ^ id.getLeastSignificantBits();
        StringBuilder b = new StringBuilder("AC-");
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt((int) Long.remainderUnsigned(bits, ALPHABET.length())));
            bits = Long.divideUnsigned(bits, ALPHABET.length());
        }
        return b.toString();
    }
}
