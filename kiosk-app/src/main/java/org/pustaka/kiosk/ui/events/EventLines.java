package org.pustaka.kiosk.ui.events;

import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.WhenText;
import org.pustaka.kiosk.ui.Texts;

/** The lines that describe an event and a registration on screen, in the session's language. */
final class EventLines {
    private final Texts t;

    EventLines(Texts t) {
        this.t = t;
    }

    String when(LibraryEvent e) {
        return WhenText.of(e.start(), e.end(), t.language());
    }

    String audience(LibraryEvent e) {
        String who = t.get("audience." + e.audience().name());
        return e.ageRange().isEmpty() ? who : t.get("events.ages", who, e.ageRange());
    }

    /** Seats are said in words, never by colour alone. */
    String seats(LibraryEvent e) {
        return e.isFull() ? t.get("events.full") : t.get("events.seatsLeft", e.seatsLeft(), e.capacity());
    }

    String status(Registration r) {
        return switch (r.status()) {
            case CONFIRMED -> t.get("events.status.confirmed");
            case WAITLISTED -> t.get("events.status.waitlisted", r.waitlistPosition());
            case PENDING -> t.get("events.status.pending");
            case CANCELLED -> t.get("events.status.cancelled");
            case REFUSED -> t.get("events.status.refused");
        };
    }

    /** Who and how many, and the short code to quote: never the registration's long id. */
    String party(Registration r) {
        return t.get("events.partyOf", r.partySize()) + " \u00B7 " + t.get("events.code", r.code());
    }

    String card(LibraryEvent e) {
        // three lines, so three cards fit a page at 1024x600; the room is on the event's own page
        return "<html><b>" + esc(e.title().in(t.language())) + "</b><br>" + esc(when(e))
                + "<br>" + esc(audience(e)) + " \u00B7 <i>" + esc(seats(e)) + "</i></html>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
