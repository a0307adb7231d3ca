package org.pustaka.kiosk.diagnostics;

import java.time.Instant;

/**
 * The answer to a technician PIN: granted, wrong (with the tries left before the lock), locked (until
 * when), or not configured (no PIN hash in the configuration, so diagnostics cannot be opened).
 */
public record UnlockResult(Outcome outcome, int triesLeft, Instant lockedUntil) {

    public enum Outcome { GRANTED, WRONG_PIN, LOCKED, NOT_CONFIGURED }

    public boolean granted() {
        return outcome == Outcome.GRANTED;
    }

    /** A sentence for the screen, in Indonesian and English. */
    public String message() {
        return switch (outcome) {
            case GRANTED -> "Mode teknisi terbuka. / Technician mode open.";
            case WRONG_PIN -> "PIN salah; sisa " + triesLeft + " kali coba. / Wrong PIN; " + triesLeft
                    + " tries left.";
            case LOCKED -> "Terlalu banyak PIN salah; coba lagi setelah " + lockedUntil
                    + ". / Too many wrong PINs; try again after " + lockedUntil + ".";
            case NOT_CONFIGURED -> "PIN teknisi belum diatur: isi diagnostics.pinHash (kiosk diagnose --hash-pin). "
                    + "/ No technician PIN set: fill in diagnostics.pinHash (kiosk diagnose --hash-pin).";
        };
    }
}
