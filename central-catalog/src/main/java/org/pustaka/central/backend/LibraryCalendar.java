package org.pustaka.central.backend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** The days the library is closed: weekly days off and dated holidays. */
public record LibraryCalendar(Set<DayOfWeek> weeklyDaysOff, Set<LocalDate> holidays) {
    public LibraryCalendar {
        weeklyDaysOff = Set.copyOf(weeklyDaysOff);
        holidays = Set.copyOf(holidays);
    }

    public boolean isClosed(LocalDate day) {
        return weeklyDaysOff.contains(day.getDayOfWeek()) || holidays.contains(day);
    }
}
