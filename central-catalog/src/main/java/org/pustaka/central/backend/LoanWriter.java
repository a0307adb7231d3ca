package org.pustaka.central.backend;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Writes of loans. Each write is one statement; the return and renewal are conditional on the row's state,
 * so a repeat changes nothing and says so ({@code false}). {@code stamp} is the library-local time written
 * into the row, by which a repeated request recognises its own write.
 */
public interface LoanWriter {

    /** Inserts an open loan; returns its id. */
    long lend(String itemCode, String memberId, LocalDate loanDate, LocalDate dueDate, int ruleId,
              LocalDateTime stamp);

    /** Closes an open loan; false when it was not open. */
    boolean markReturned(long loanId, LocalDate returnDate, LocalDateTime stamp);

    /** Renews an open loan renewed {@code renewedBefore} times; false when the row was not in that state. */
    boolean renew(long loanId, int renewedBefore, LocalDate newDueDate, LocalDate renewalDate, LocalDateTime stamp);
}
