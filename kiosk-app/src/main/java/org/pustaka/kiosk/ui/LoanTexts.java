package org.pustaka.kiosk.ui;

import org.pustaka.kiosk.library.Loan;

/** How a loan's due date reads: the date in words, with "overdue" spelled out rather than only coloured. */
final class LoanTexts {
    private LoanTexts() {
    }

    static String due(Texts t, Loan loan) {
        if (loan.dueDate() == null) {
            return t.get("loan.dueUnknown");
        }
        return t.get(loan.overdue() ? "loan.overdue" : "loan.due", t.date(loan.dueDate()));
    }
}
