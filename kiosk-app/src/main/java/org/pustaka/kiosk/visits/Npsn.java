package org.pustaka.kiosk.visits;

/**
 * The Nomor Pokok Sekolah Nasional, the national school number of the Ministry of Education: exactly
 * eight digits (for example 20533844). Spaces a teacher types between digit groups are ignored. The
 * number carries no check digit, so the kiosk checks its form only; the central catalog may check it
 * against the ministry's list.
 */
public final class Npsn {
    public static final int LENGTH = 8;

    private Npsn() {
    }

    /** The eight digits without spaces, or empty when {@code input} is not an NPSN. */
    public static java.util.Optional<String> normalise(String input) {
        if (input == null) {
            return java.util.Optional.empty();
        }
        String s = input.replace(" ", "");
        if (s.length() != LENGTH) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(s);
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }
}
