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

    /** A sentence for the screen. */
    public TechnicianText message() {
        return switch (outcome) {
            case GRANTED -> TechnicianText.of("unlock.granted");
            case WRONG_PIN -> TechnicianText.of("unlock.wrongPin", triesLeft);
            case LOCKED -> TechnicianText.of("unlock.locked", lockedUntil);
            case NOT_CONFIGURED -> TechnicianText.of("unlock.notConfigured");
        };
    }
}
