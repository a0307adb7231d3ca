package org.pustaka.central.circulation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.pustaka.central.backend.LibraryCalendar;
import org.pustaka.central.backend.LoanTerms;

/**
 * Overdue fines as SLiMS charges them on a return or a renewal. Late means returned after the due date. A
 * grace period counts only while the return is strictly before due date + grace days (the membership type's
 * grace, or the loan rule's when the loan has one); inside it nothing is charged and no row is written, past
 * it every late day is charged. Closed days between the due date and the return, both ends included, are
 * left out when the library says so. A late return at a rate of 0 still writes a row of 0, as SLiMS does.
 */
final class OverdueFines {

    /** What a return on a date costs: {@code writeRow} false means no fines row at all. */
    record Charge(long days, long amount, boolean writeRow) {
        static final Charge NONE = new Charge(0, 0, false);
    }

    private OverdueFines() {
    }

    static Charge charge(LocalDate due, LocalDate returned, LoanTerms typeTerms, LoanTerms loanTerms,
                         LibraryCalendar calendar, boolean skipClosedDays) {
        if (!returned.isAfter(due)) {
            return Charge.NONE;
        }
        long days = ChronoUnit.DAYS.between(due, returned);
        if (skipClosedDays) {
            long closed = due.datesUntil(returned.plusDays(1)).filter(calendar::isClosed).count();
            days -= closed;
            if (days <= 0) {
                return Charge.NONE;
            }
        }
        boolean inGrace = withinGrace(due, returned, typeTerms.graceDays())
                || (loanTerms.ruleId() != 0 && withinGrace(due, returned, loanTerms.graceDays()));
        if (inGrace) {
            return Charge.NONE;
        }
        return new Charge(days, days * loanTerms.finePerDay(), true);
    }

    private static boolean withinGrace(LocalDate due, LocalDate returned, int graceDays) {
        return graceDays > 0 && returned.isBefore(due.plusDays(graceDays));
    }
}
