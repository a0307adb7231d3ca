package org.pustaka.kiosk.library;

import java.util.List;
import java.util.Objects;

/** The visitor's account: loans, holds waiting on the shelf and fines owed. */
public record PatronAccount(PatronIdentity patron, List<Loan> loans, List<HoldReady> holdsReady, Money fines) {
    public PatronAccount {
        Objects.requireNonNull(patron, "patron");
        loans = List.copyOf(loans);
        holdsReady = List.copyOf(holdsReady);
        fines = fines == null ? Money.ZERO : fines;
    }
}
