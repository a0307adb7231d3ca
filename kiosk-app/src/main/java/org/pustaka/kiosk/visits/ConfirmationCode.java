package org.pustaka.kiosk.visits;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Booking codes such as {@code KS-7QH4}: "KS" for Kunjungan Sekolah and four characters from an
 * alphabet without look-alikes (no 0/O/D, 1/I/L, 2/Z, 5/S, 8/B, U/V), so a code read aloud over the
 * phone or copied by hand stays right. 22 characters give 234,256 codes; the store refuses a duplicate
 * and the desk draws again.
 */
public final class ConfirmationCode {
    static final String ALPHABET = "34679ACEFGHJKMNPQRTWXY";
    static final String PREFIX = "KS-";
    private static final int LENGTH = 4;

    private final RandomGenerator random;

    public ConfirmationCode(RandomGenerator random) {
        this.random = random;
    }

    public ConfirmationCode() {
        this(new SecureRandom());
    }

    public String next() {
        StringBuilder b = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * The code as stored, from what a teacher typed: case, spaces, dashes and the prefix do not matter.
     * Only the form is checked (4 to 12 letters or digits), because the central catalog may issue codes
     * of its own.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        if (s.startsWith("KS")) {
            s = s.substring(2);
        }
        if (s.length() < LENGTH || s.length() > 12) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128)) {
                return Optional.empty();
            }
        }
        return Optional.of(PREFIX + s);
    }
}
