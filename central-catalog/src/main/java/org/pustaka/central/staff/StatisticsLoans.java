package org.pustaka.central.staff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What Statistik needs from the library system's loans, which the service may read only through its adapter.
 * Called on a request thread; blocks on the library system's database; throws
 * {@link org.pustaka.central.backend.BackendException} when it does not answer. Dates are the library's dates.
 */
public interface StatisticsLoans {

    /** One loan the kiosks' staff user wrote: the item, its loan date and the names of its collection and member type. */
    record KioskLoan(String itemCode, LocalDate loanDate, String collectionType, String memberType) {
    }

    /** One month at the library: every loan (desk and kiosk), the kiosks' share, members who borrowed, guest-book visits. */
    record LibraryMonth(long loans, long kioskLoans, long membersServed, long visitors) {
    }

    /** The kiosks' loans dated {@code from} to {@code to}, both included. */
    List<KioskLoan> kioskLoans(LocalDate from, LocalDate to);

    /** Each month with any figure between {@code from} and {@code to}, both included. */
    Map<YearMonth, LibraryMonth> months(LocalDate from, LocalDate to);

    /** No library system configured: no loans. */
    StatisticsLoans NONE = new StatisticsLoans() {
        @Override
        public List<KioskLoan> kioskLoans(LocalDate from, LocalDate to) {
            return List.of();
        }

        @Override
        public Map<YearMonth, LibraryMonth> months(LocalDate from, LocalDate to) {
            return Map.of();
        }
    };
}
