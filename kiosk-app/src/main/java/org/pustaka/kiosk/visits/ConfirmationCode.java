package org.pustaka.kiosk.visits;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.List;
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
     * The codes a teacher may mean by what they typed, for look-up: upper case, without spaces and dashes,
     * as typed and with the {@code KS} prefix added when it was left out ("7qh4" means "KS7QH4"). The
     * store compares codes the same way, so {@code KS-7QH4} and a catalog's {@code KS00042} both match.
     * Empty when the text cannot be a code (not 4 to 15 letters or digits).
     */
    public static List<String> candidates(String typed) {
        if (typed == null) {
            return List.of();
        }
        String s = typed.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        if (s.length() < LENGTH || s.length() > 15) {
            return List.of();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return List.of();
            }
        }
        return s.startsWith("KS") ? List.of(s) : List.of(s, "KS" + s);
    }

    /** A code without dashes and in upper case, as the store compares codes. */
    public static String compact(String code) {
        return code.toUpperCase(Locale.ROOT).replace("-", "");
    }
}
