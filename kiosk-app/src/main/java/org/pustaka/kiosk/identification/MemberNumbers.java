package org.pustaka.kiosk.identification;

import java.util.Locale;
import java.util.Optional;
import org.pustaka.kiosk.config.CardSettings;

/**
 * Turns what a card reader read into the member number the library system knows, by the library's own
 * rules: barcode start/stop characters removed (Code 39 prints {@code *} around the data; Codabar one of
 * A, B, C, D at each end, and some scanners send them), a fixed prefix and suffix stripped (a library
 * code printed on the card), leading zeros removed when the library system stores numbers without them.
 * Surrounding blanks always go. Empty when nothing is left.
 */
public final class MemberNumbers {
    private final String stripPrefix;
    private final String stripSuffix;
    private final boolean stripLeadingZeros;
    private final String startStop;

    public MemberNumbers(String stripPrefix, String stripSuffix, boolean stripLeadingZeros, String startStop) {
        this.stripPrefix = stripPrefix;
        this.stripSuffix = stripSuffix;
        this.stripLeadingZeros = stripLeadingZeros;
        this.startStop = startStop;
    }

    public static MemberNumbers of(CardSettings s) {
        return new MemberNumbers(s.stripPrefix(), s.stripSuffix(), s.stripLeadingZeros(), s.startStop());
    }

    public Optional<String> normalise(String raw) {
        String n = raw == null ? "" : raw.strip();
        n = switch (startStop) {
            case "code39" -> n.length() >= 2 && n.startsWith("*") && n.endsWith("*") ? n.substring(1, n.length() - 1) : n;
            case "codabar" -> codabar(n);
            default -> n;
        };
        if (!stripPrefix.isEmpty() && n.toUpperCase(Locale.ROOT).startsWith(stripPrefix.toUpperCase(Locale.ROOT))) {
            n = n.substring(stripPrefix.length());
        }
        if (!stripSuffix.isEmpty() && n.toUpperCase(Locale.ROOT).endsWith(stripSuffix.toUpperCase(Locale.ROOT))) {
            n = n.substring(0, n.length() - stripSuffix.length());
        }
        n = n.strip();
        if (stripLeadingZeros) {
            int i = 0;
            while (i < n.length() - 1 && n.charAt(i) == '0') {
                i++;
            }
            n = n.substring(i);
        }
        return n.isEmpty() ? Optional.empty() : Optional.of(n);
    }

    private static String codabar(String n) {
        if (n.length() >= 2 && isStartStop(n.charAt(0)) && isStartStop(n.charAt(n.length() - 1))) {
            return n.substring(1, n.length() - 1);
        }
        return n;
    }

    private static boolean isStartStop(char c) {
        return "ABCDabcdTNtnEe*".indexOf(c) >= 0;
    }
}
