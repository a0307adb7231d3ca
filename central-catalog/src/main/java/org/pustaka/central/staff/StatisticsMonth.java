package org.pustaka.central.staff;

import java.time.YearMonth;

/**
 * One month of what a Dinas Perpustakaan asks for (IPLM inputs): guest-book visitors and kiosk visits, loans
 * (all, from the library system, and those at kiosks), members who borrowed, activities held and their
 * participants (confirmed or attended registrations, counting party size), and school visits with their students.
 */
public record StatisticsMonth(YearMonth month, long visitors, long kioskVisits, long loans, long kioskLoans,
                              long membersServed, long activities, long participants, long schoolVisits,
                              long students) {

    /** The figures in column order, as the page and the CSV show them. */
    public long[] figures() {
        return new long[] {visitors, kioskVisits, loans, kioskLoans, membersServed, activities, participants,
                schoolVisits, students};
    }

    /** The bundle keys naming {@link #figures()}' columns. */
    public static final String[] COLUMNS = {"stats.col.visitors", "stats.col.kioskVisits", "stats.col.loans",
            "stats.col.kioskLoans", "stats.col.members", "stats.col.activities", "stats.col.participants",
            "stats.col.schoolVisits", "stats.col.students"};
}
