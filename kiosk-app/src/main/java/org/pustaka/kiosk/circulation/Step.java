package org.pustaka.kiosk.circulation;

import org.pustaka.kiosk.store.JournalEntry;

/** Where one item's borrow or return stands after the library's part ({@link Lending}). */
sealed interface Step {

    /** Finished: refused, unfit, lost answer, or nothing to do on the tag. */
    record Done(ItemOutcome outcome) implements Step {
    }

    /** The library cannot be reached: the journal's intent goes on under the offline rules. */
    record Offline(JournalEntry entry, PadItem item) implements Step {
    }

    /**
     * The library accepted (journaled ACCEPTED): the tag's security is to be set to on loan
     * ({@code onLoan}) or in stock; {@code whenDone} is the visitor's outcome once it is proven.
     */
    record Secure(JournalEntry accepted, boolean onLoan, ItemOutcome whenDone) implements Step {
    }
}
