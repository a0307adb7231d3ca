package org.pustaka.kiosk.circulation;

/**
 * What a recovery run did with the unfinished journal entries it found: finished, found never to have
 * happened, undone, flagged for staff, and left for later because the library could not be reached.
 */
public record RecoverySummary(int finished, int abandoned, int compensated, int flagged, int left) {
}
