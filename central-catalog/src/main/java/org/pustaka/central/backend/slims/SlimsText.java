package org.pustaka.central.backend.slims;

/**
 * What SLiMS's columns can hold: utf8mb3 text (no characters beyond the Basic Multilingual Plane, such as
 * emoji) of a bounded length. A code that cannot be stored cannot match any row, and MariaDB refuses to even
 * compare it with a utf8mb3 column, so such input is answered "not found" without asking the database.
 */
final class SlimsText {

    private SlimsText() {
    }

    static boolean fits(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String trimmed = value.stripTrailing();
        if (trimmed.length() > maxLength) {
            return false;
        }
        return trimmed.codePoints().noneMatch(cp -> Character.isSupplementaryCodePoint(cp) || Character.isISOControl(cp));
    }
}
