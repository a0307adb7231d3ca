package org.pustaka.kiosk.visits;

/**
 * Where a school-visit booking stands. PENDING: taken while the central catalog was unreachable, sent
 * when it returns. REFUSED: the central catalog gave the slot to another school in the meantime; the
 * booking carries the next free slots it offered.
 */
public enum BookingStatus {
    CONFIRMED, PENDING, REFUSED, CANCELLED;

    /** Whether the booking holds its slot (a pending one holds it at this kiosk). */
    public boolean holdsSlot() {
        return this == CONFIRMED || this == PENDING;
    }
}
