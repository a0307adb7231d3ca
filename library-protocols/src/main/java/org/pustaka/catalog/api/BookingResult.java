package org.pustaka.catalog.api;

import java.util.List;

/**
 * The outcome of a booking request: {@code booking} when it was confirmed, or (the 409 answer) the slot was
 * taken in the meantime and {@code nextFreeSlots} are offered instead.
 */
public record BookingResult(VisitBooking booking, List<VisitSlot> nextFreeSlots) {
    public BookingResult {
        nextFreeSlots = nextFreeSlots == null ? List.of() : List.copyOf(nextFreeSlots);
    }

    public boolean booked() {
        return booking != null;
    }
}
