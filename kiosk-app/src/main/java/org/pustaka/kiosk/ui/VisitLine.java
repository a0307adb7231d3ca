package org.pustaka.kiosk.ui;

import java.util.Objects;
import org.pustaka.kiosk.circulation.ItemOutcome;

/** One thing done for the visitor, for the receipt: a loan, a return or a renewal and what came of it. */
public record VisitLine(Kind kind, ItemOutcome outcome) {

    public enum Kind { BORROW, RETURN, RENEW }

    public VisitLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
    }
}
