package org.pustaka.central.backend;

/** The library's loan rules, calendar and settings as its own circulation desk applies them. */
public interface Rules {

    /** The terms a new loan of this item to this member gets. */
    LoanTerms termsFor(Member member, Item item);

    /** The terms an existing loan runs under (its rule, else the member's type), for renewal and fines. */
    LoanTerms termsOf(Member member, Loan loan);

    /** How many renewals a loan of this item to this member allows. */
    int renewalLimit(Member member, Item item);

    LibraryCalendar calendar();

    LibrarySettings settings();
}
