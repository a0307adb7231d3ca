package org.pustaka.kiosk.ui;

import java.time.Instant;

/**
 * Checks the technician PIN typed on the diagnostics keypad. {@link #unlock} blocks for the hash check
 * (tens of milliseconds), so the screen calls it on a worker thread, never the event thread; it never
 * throws for a wrong PIN and never logs the PIN. Implementations keep count of wrong tries and lock.
 */
public interface TechnicianAccess {

    /** What became of a PIN: open, wrong with tries left, locked until a time, or no PIN configured. */
    record Answer(Outcome outcome, int triesLeft, Instant lockedUntil) {
        public enum Outcome { OPEN, WRONG, LOCKED, NOT_CONFIGURED }
    }

    Answer unlock(String pin);
}
