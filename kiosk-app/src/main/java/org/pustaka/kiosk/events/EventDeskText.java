package org.pustaka.kiosk.events;

import org.pustaka.kiosk.booking.Problem;

/** Sentences the event desks, local and central, share. */
public final class EventDeskText {

    private EventDeskText() {
    }

    public static Problem noSuchEvent() {
        return Problem.from(Problem.WHOLE_REQUEST, "event.gone");
    }

    static Problem notFound() {
        return Problem.from(Problem.WHOLE_REQUEST, "signUp.notFound");
    }
}
