package org.pustaka.kiosk.circulation;

/**
 * What a recovery run did with the unfinished journal entries it found: finished, found never to have
 * happened, undone, flagged for staff, and left for later because the library could not be reached.
 */
public record RecoverySummary(int finished, int abandoned, int compensated, int flagged, int left) {

    /** This run followed by {@code later}, which went over what this one left. */
    RecoverySummary then(RecoverySummary later) {
        return new RecoverySummary(finished + later.finished, abandoned + later.abandoned,
                compensated + later.compensated, flagged + later.flagged, later.left);
    }
}
