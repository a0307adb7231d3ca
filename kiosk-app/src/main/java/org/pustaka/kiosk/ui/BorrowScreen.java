package org.pustaka.kiosk.ui;

import java.util.List;
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
    List<ItemOutcome> act(List<PadItem> items, PatronCredentials credentials) {
        return kiosk.desk().borrowAll(credentials, items);
    }
}
