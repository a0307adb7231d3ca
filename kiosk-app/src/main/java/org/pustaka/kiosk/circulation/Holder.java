package org.pustaka.kiosk.circulation;

import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.PatronCredentials;

/**
 * Whose loan an item is in the library, as far as the port tells: the item's {@code borrowerId} where
 * the adapter fills it, otherwise the loans of the member the journal names (SIP2 patron information
 * with its charged items, which every SIP2 server answers without a PIN; item information 18 names no
 * borrower in the standard, and the central catalog API's item answer has none either). Replay and
 * recovery use it to tell "our step already went through" from "the item is someone else's loan".
 */
final class Holder {
    enum Holding { NOT_ON_LOAN, THIS_MEMBER, ANOTHER_MEMBER }

    private final LibraryLink link;

    Holder(LibraryLink link) {
        this.link = link;
    }

    /** Whose loan {@code info}'s item is, compared with {@code patronId} (the member the journal names). */
    Holding of(ItemInfo info, String patronId) throws LibraryException {
        if (!info.status().onLoan()) {
            return Holding.NOT_ON_LOAN;
        }
        if (info.borrowerId() != null && !info.borrowerId().isBlank()) {
            return info.borrowerId().equals(patronId) ? Holding.THIS_MEMBER : Holding.ANOTHER_MEMBER;
        }
        boolean listed = link.call(l -> l.account(PatronCredentials.withoutPin(patronId))).loans().stream()
                .anyMatch(loan -> loan.itemId().equals(info.itemId()));
        return listed ? Holding.THIS_MEMBER : Holding.ANOTHER_MEMBER;
    }
}
