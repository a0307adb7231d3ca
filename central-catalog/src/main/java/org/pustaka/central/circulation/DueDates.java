package org.pustaka.central.circulation;

import java.time.LocalDate;
import org.pustaka.central.backend.LibraryCalendar;

/**
 * Due dates as SLiMS computes them: the loan date plus the period in calendar days (a period below 1 gives
 * the loan date), moved forward past closed days, then cut back to the membership's expiry date. The cut
 * comes last, so a due date on the expiry date may fall on a closed day, as in SLiMS.
 */
final class DueDates {

    /** SLiMS loops for ever when every weekday is closed; we stop after a year and keep that day. */
    private static final int MAX_SKIPPED_DAYS = 366;

    private DueDates() {
    }

    static LocalDate due(LocalDate from, int periodDays, LibraryCalendar calendar, LocalDate expiry) {
        LocalDate due = periodDays < 1 ? from : from.plusDays(periodDays);
        for (int i = 0; i < MAX_SKIPPED_DAYS && calendar.isClosed(due); i++) {
            due = due.plusDays(1);
        }
        // A loan recorded for an already expired card (noBlock) keeps its period instead of a due date in the past.
        if (expiry != null && due.isAfter(expiry) && !expiry.isBefore(from)) {
            due = expiry;
        }
        return due;
    }
}
