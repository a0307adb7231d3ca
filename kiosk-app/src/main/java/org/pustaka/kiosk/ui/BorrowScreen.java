package org.pustaka.kiosk.ui;

import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.library.PatronCredentials;

/** Borrowing: every complete item laid on the pad is lent to the identified visitor. */
final class BorrowScreen extends PadScreen {

    BorrowScreen(KioskContext kiosk) {
        super(kiosk);
    }

    @Override
    String id() {
        return "borrow";
    }

    @Override
    VisitLine.Kind kind() {
        return VisitLine.Kind.BORROW;
    }

    @Override
    ItemOutcome act(PadItem item, PatronCredentials credentials) {
        return kiosk.desk().borrow(credentials, item);
    }
}
