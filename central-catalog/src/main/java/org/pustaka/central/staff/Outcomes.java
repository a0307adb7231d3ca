package org.pustaka.central.staff;

import java.util.Set;

/**
 * How the staff pages count a kiosk's transaction report. Kiosks report {@code DONE} for a step the library
 * accepted and the tag followed, {@code REPLAYED} / {@code REPLAY_REFUSED} when an offline step reached the
 * library later, and the journal's other end states ({@code REFUSED}, {@code COMPENSATED}, {@code FLAGGED},
 * ...); other clients and the API document's example say {@code ACCEPTED}. An offline step counts once, when
 * its replay is accepted, never also when the kiosk recorded it offline.
 */
final class Outcomes {
    /** The SQL condition of a completed step over {@code transaction_report}'s columns. */
    static final String COMPLETED_SQL = "(outcome = 'REPLAYED' OR (outcome IN ('ACCEPTED', 'DONE') AND offline = FALSE))";

    private static final Set<String> DONE = Set.of("ACCEPTED", "DONE");

    /** What a report adds to the figures. */
    enum Count { COMPLETED, NOT_COMPLETED, NOT_YET }

    private Outcomes() {
    }

    static Count of(String outcome, boolean offline) {
        if ("REPLAYED".equals(outcome)) {
            return Count.COMPLETED;
        }
        if (DONE.contains(outcome)) {
            return offline ? Count.NOT_YET : Count.COMPLETED;
        }
        return Count.NOT_COMPLETED;
    }
}
