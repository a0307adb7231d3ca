package org.pustaka.central.backend;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Reads of loans. "Open" means lent and not returned. */
public interface Loans {

    /** The open loan of an item, if any (the oldest, should there be more than one). */
    Optional<Loan> openLoanOf(String itemCode);

    /** The member's open loans, oldest first, with titles. */
    List<Loan> openLoansOf(String memberId);

    /** How many open loans the member has under {@code ruleId}, or in all when {@code ruleId} is 0. */
    int countOpen(String memberId, int ruleId);

    Optional<Loan> byId(long loanId);

    /** The loan this service wrote for the member and item with exactly this input time stamp, if any. */
    Optional<Loan> findWritten(String itemCode, String memberId, LocalDateTime stamp);
}
