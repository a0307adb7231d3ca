package org.pustaka.central.sip2;

import java.util.List;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.circulation.ItemState;
import org.pustaka.sip2.CirculationStatus;
import org.pustaka.sip2.FeeType;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.SecurityMarker;
import org.pustaka.sip2.Sip2Message;

/**
 * 17 Item Information (SIP2 2.00 section "Item Information"): 18 with the item's circulation status, title,
 * due date and location. An unknown item is status {@code 01} (other) with an empty title and a screen message.
 */
final class ItemInformationHandler implements Sip2Handler<ItemInformationRequest> {
    private final CirculationDesk desk;
    private final Sip2Replies replies;

    ItemInformationHandler(CirculationDesk desk, Sip2Replies replies) {
        this.desk = desk;
        this.replies = replies;
    }

    @Override
    public Sip2Message answer(ItemInformationRequest r, Sip2Session session) {
        ItemState s = desk.item(r.itemId());
        List<String> screen = s.found() ? List.of() : List.of("Eksemplar tidak dikenal", "Unknown item");
        return new ItemInformationResponse(status(s), SecurityMarker.NONE, FeeType.OTHER, replies.now(), null,
                replies.dueDate(s.dueDate()), null, null, r.itemId(), s.title() == null ? "" : Sip2Replies.clean(s.title()),
                null, null, null, null, Sip2Replies.clean(s.location()), null, null, screen, List.of(), List.of());
    }

    static CirculationStatus status(ItemState s) {
        return switch (s.status()) {
            case AVAILABLE -> CirculationStatus.AVAILABLE;
            case CHARGED -> CirculationStatus.CHARGED;
            case WAITING_ON_HOLD_SHELF -> CirculationStatus.WAITING_ON_HOLD_SHELF;
            case MISSING -> CirculationStatus.MISSING;
            case OTHER, UNKNOWN -> CirculationStatus.OTHER;
        };
    }
}
