package org.pustaka.kiosk.ui;

import java.util.List;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.library.PatronCredentials;

/** Returning, with or without a card: every complete item on the pad is taken back, with what to do with it. */
final class ReturnScreen extends PadScreen {

    ReturnScreen(KioskContext kiosk) {
        super(kiosk);
    }

    @Override
    String id() {
        return "return";
    }

    @Override
    VisitLine.Kind kind() {
        return VisitLine.Kind.RETURN;
    }

    @Override
    List<ItemOutcome> act(List<PadItem> items, PatronCredentials credentials) {
        return kiosk.desk().giveBackAll(items);
    }
}
