package org.pustaka.kiosk.booking;

import java.util.Optional;

/**
 * Indonesian telephone numbers as people write them, normalised to international form {@code +62...}.
 * Accepted: a leading {@code 0} (trunk prefix), {@code +62}, {@code 62} or {@code (+62)}, with spaces,
 * dashes, dots or brackets anywhere ({@code 0812-3456-7890}, {@code +62 812 3456 7890},
 * {@code 62 812-3456-789}, {@code (0341) 551234}, {@code 0341-551234}). After the prefix the national
 * number must be a mobile number (starting with 8, 9 to 12 digits in all) or a landline (area code
 * starting with 2 to 7 or 9, such as 21 Jakarta or 341 Malang, 8 to 11 digits in all).
 */
public final class IndonesianPhone {

    private IndonesianPhone() {
    }

    /** The number as {@code +62} followed by the national digits, or empty when it is not one. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        boolean plus = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.length() == 0 && !plus) {
                plus = true;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return Optional.empty();
            }
        }
        String d = digits.toString();
        String national;
        if (d.startsWith("62")) {
            national = d.substring(2);
        } else if (!plus && d.startsWith("0")) {
            national = d.substring(1);
        } else {
            return Optional.empty();
        }
        return isNational(national) ? Optional.of("+62" + national) : Optional.empty();
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }

    /** Written the way Indonesians read it back: {@code 0812-3456-7890}, {@code 0341-551234}. */
    public static String local(String normalised) {
        if (!normalised.startsWith("+62")) {
            return normalised;
        }
        String n = normalised.substring(3);
        if (n.startsWith("8")) {
            return "0" + n.substring(0, 3) + "-" + n.substring(3, Math.min(7, n.length()))
                    + (n.length() > 7 ? "-" + n.substring(7) : "");
        }
        int area = n.startsWith("21") || n.startsWith("22") || n.startsWith("24") || n.startsWith("31") ? 2 : 3;
        return "0" + n.substring(0, area) + "-" + n.substring(area);
    }

    private static boolean isNational(String n) {
        if (n.isEmpty()) {
            return false;
        }
        char first = n.charAt(0);
        if (first == '8') {
            return n.length() >= 9 && n.length() <= 12;
        }
        if (first == '0' || first == '1') {
            return false;
        }
        return n.length() >= 8 && n.length() <= 11;
    }
}
