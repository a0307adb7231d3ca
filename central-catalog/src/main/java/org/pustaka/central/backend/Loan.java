package org.pustaka.central.backend;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A loan row; {@code title} may be null when the item's record is gone. */
public record Loan(long loanId, String itemCode, String memberId, LocalDate loanDate, LocalDate dueDate, int renewed,
                   int ruleId, boolean returned, LocalDate returnDate, LocalDateTime lastUpdate, String title) {
}
