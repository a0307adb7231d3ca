package org.pustaka.kiosk.library.http.api;

import java.util.List;
import java.util.Objects;
import org.pustaka.kiosk.library.HoldReady;
import org.pustaka.kiosk.library.Loan;
import org.pustaka.kiosk.library.Money;

/** The answer to {@code POST circulation/patrons/account}: the patron, loans, holds ready and fines. */
public record AccountAnswer(PatronAnswer patron, List<Loan> loans, List<HoldReady> holdsReady, Money fines) {
    public AccountAnswer {
        Objects.requireNonNull(patron, "patron");
        loans = loans == null ? List.of() : List.copyOf(loans);
        holdsReady = holdsReady == null ? List.of() : List.copyOf(holdsReady);
    }
}
