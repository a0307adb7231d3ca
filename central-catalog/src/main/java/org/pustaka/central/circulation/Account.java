package org.pustaka.central.circulation;

import java.util.List;

/** A member's account: open loans, reservations ready for pick-up, and the unpaid fines (in the patron). */
public record Account(Patron patron, List<LoanLine> loans, List<HoldReady> holdsReady) {
    public Account {
        loans = List.copyOf(loans);
        holdsReady = List.copyOf(holdsReady);
    }
}
