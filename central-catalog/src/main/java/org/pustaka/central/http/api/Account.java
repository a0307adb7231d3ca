package org.pustaka.central.http.api;

import java.util.List;

/** The answer to {@code POST circulation/patrons/account}. */
public record Account(Patron patron, List<Loan> loans, List<HoldReady> holdsReady, Money fines) {
}
