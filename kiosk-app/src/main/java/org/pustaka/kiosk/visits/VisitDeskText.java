package org.pustaka.kiosk.visits;

import org.pustaka.kiosk.booking.Problem;

/** Sentences the visit desks share. */
public final class VisitDeskText {

    private VisitDeskText() {
    }

    public static Problem slotTaken() {
        return Problem.from("slotId", "slot.taken");
    }

    public static Problem noSuchSlot() {
        return Problem.from("slotId", "slot.gone");
    }
}
