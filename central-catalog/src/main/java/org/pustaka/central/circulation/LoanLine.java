package org.pustaka.central.circulation;

import java.time.LocalDate;

/** One open loan on a member's account. {@code overdue} is judged against the library's today. */
public record LoanLine(String itemCode, String title, LocalDate loanDate, LocalDate dueDate, int renewed,
                       boolean overdue) {
}
