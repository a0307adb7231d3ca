package org.pustaka.central.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pustaka.central.backend.LibraryCalendar;

/** SLiMS's due-date arithmetic (slims.md 3.4). 2026-12-08 is a Tuesday. */
class DueDatesTest {

    private static final LibraryCalendar SUNDAYS_AND_CHRISTMAS = new LibraryCalendar(Set.of(DayOfWeek.SUNDAY),
            Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'7 days, an open day', 2026-12-08, 7, 2027-12-31, 2026-12-15",
            "'period 0 gives the loan date', 2026-12-08, 0, 2027-12-31, 2026-12-08",
            "'negative period gives the loan date', 2026-12-08, -3, 2027-12-31, 2026-12-08",
            "'lands on Sunday: Monday', 2026-12-08, 5, 2027-12-31, 2026-12-14",
            "'lands on Christmas Eve: skips Eve, Christmas, to the 26th', 2026-12-08, 16, 2027-12-31, 2026-12-26",
            "'Sunday 27th after Christmas: Monday 28th', 2026-12-13, 14, 2027-12-31, 2026-12-28",
            "'cut back to expiry', 2026-12-08, 14, 2026-12-12, 2026-12-12",
            "'expiry on the due date itself', 2026-12-08, 7, 2026-12-15, 2026-12-15",
            "'the cut comes after the skip, so a due date may be a holiday', 2026-12-08, 16, 2026-12-25, 2026-12-25",
            "'expiry before the loan date (noBlock) keeps the period', 2026-12-08, 7, 2026-12-01, 2026-12-15",
    })
    void computesDueDatesAsSlims(String name, LocalDate from, int period, LocalDate expiry, LocalDate expected) {
        assertThat(DueDates.due(from, period, SUNDAYS_AND_CHRISTMAS, expiry)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "every day closed stops after a year")
    @CsvSource("2026-12-08, 3")
    void aCalendarWithEveryDayClosedDoesNotLoopForEver(LocalDate from, int period) {
        LibraryCalendar closed = new LibraryCalendar(Set.of(DayOfWeek.values()), Set.of());
        assertThat(DueDates.due(from, period, closed, null)).isEqualTo(from.plusDays(period + 366));
    }
}
