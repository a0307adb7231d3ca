package org.pustaka.central.staff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What Statistik needs from the library system, which the service may read only through its adapter. Loans are
 * read in order of their id from where the last read stopped, so each is read once (the service keeps its own
 * indexed copy, {@code statistics_loan}): the library system's loan table has no key on dates, and the
 * service adds none to it. Called on a request thread; blocks on the library system's database; throws
 * {@link org.pustaka.central.backend.BackendException} when it does not answer. Dates are the library's dates.
 */
public interface StatisticsLoans {

    /**
     * One loan: whether the kiosks wrote it (as the service's staff user), the collection and member type names as
     * the library system recorded them at loan time, and the member's number (to count members; never shown).
     */
    record LoanFact(long loanId, LocalDate loanDate, String itemCode, String memberId, boolean kiosk,
                    String collectionType, String memberType) {
    }

    /** Up to {@code limit} loans whose id is above {@code loanId}, in id order. */
    List<LoanFact> loansAfter(long loanId, int limit);

    /** Guest-book visits per month between {@code from} and {@code to}, both included. */
    Map<YearMonth, Long> visitors(LocalDate from, LocalDate to);

    /** No library system configured: no loans, no visitors. */
    StatisticsLoans NONE = new StatisticsLoans() {
        @Override
        public List<LoanFact> loansAfter(long loanId, int limit) {
            return List.of();
        }

        @Override
        public Map<YearMonth, Long> visitors(LocalDate from, LocalDate to) {
            return Map.of();
        }
    };
}
