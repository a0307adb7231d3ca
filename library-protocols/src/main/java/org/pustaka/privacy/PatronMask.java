package org.pustaka.privacy;

/**
 * Masks patron numbers for logs, screens and receipts: all but the last four characters become
 * {@code *} ({@code 2024000123} shows as {@code ******0123}); numbers of four or fewer characters are
 * masked whole.
 */
public final class PatronMask {
    private static final int VISIBLE = 4;

    private PatronMask() {
    }

    public static String mask(String patronId) {
        if (patronId == null || patronId.isEmpty()) {
            return "";
        }
        if (patronId.length() <= VISIBLE) {
            return "*".repeat(patronId.length());
        }
        int hidden = patronId.length() - VISIBLE;
        return "*".repeat(hidden) + patronId.substring(hidden);
    }
}
