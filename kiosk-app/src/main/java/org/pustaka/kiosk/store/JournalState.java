package org.pustaka.kiosk.store;

/**
 * Where one circulation step stands. The order follows the side effects: {@link #PENDING} is written
 * before the library is asked, {@link #ACCEPTED} or {@link #REFUSED} when it answered, {@link #TAG_DONE}
 * when the tag's security was written and read back. {@link #COMPENSATING} is written before a loan the
 * tag could not follow is undone; it ends {@link #COMPENSATED} or {@link #FLAGGED} (staff must look at
 * the item). {@link #ABANDONED} is set by recovery when the kiosk stopped before the library acted.
 */
public enum JournalState {
    PENDING,
    ACCEPTED,
    REFUSED,
    TAG_DONE,
    COMPENSATING,
    COMPENSATED,
    FLAGGED,
    ABANDONED;

    /**
     * How far the step has got, for choosing the later of two records of it: pending, accepted,
     * compensating, then any ending. A higher rank never turns back into a lower one.
     */
    public int progress() {
        return switch (this) {
            case PENDING -> 0;
            case ACCEPTED -> 1;
            case COMPENSATING -> 2;
            default -> 3;
        };
    }

    /** Whether the step still has work to do (recovery walks these at start-up). */
    public boolean unfinished() {
        return this == PENDING || this == ACCEPTED || this == COMPENSATING;
    }
}
