package org.pustaka.catalog.api;

import java.util.List;
import java.util.Objects;

/** The answer to {@code POST circulation/patrons/account}: the patron, loans, holds ready and fines. */
public record AccountAnswer(PatronAnswer patron, List<LoanEntry> loans, List<HoldEntry> holdsReady,
                            Amount fines) {
    public AccountAnswer {
        Objects.requireNonNull(patron, "patron");
        loans = loans == null ? List.of() : List.copyOf(loans);
        holdsReady = holdsReady == null ? List.of() : List.copyOf(holdsReady);
    }
}
