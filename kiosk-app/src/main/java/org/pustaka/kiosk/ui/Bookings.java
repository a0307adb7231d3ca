package org.pustaka.kiosk.ui;

import java.util.Objects;
import org.pustaka.kiosk.events.EventDesk;
import org.pustaka.kiosk.receipt.BookingReceipts;
import org.pustaka.kiosk.visits.VisitDesk;

/** The event and school-visit desks the touchscreen offers, and how their tickets and slips are printed. */
record Bookings(EventDesk events, VisitDesk visits, BookingReceipts receipts) {
    Bookings {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(visits, "visits");
        Objects.requireNonNull(receipts, "receipts");
    }
}
