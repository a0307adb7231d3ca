package org.pustaka.kiosk.ui.visits;

import org.pustaka.kiosk.events.WhenText;
import org.pustaka.kiosk.ui.Texts;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitSlot;

/** A booking told in words: code, status, when and where, the group, and any slots offered instead. */
final class BookingLines {
    private final Texts t;

    BookingLines(Texts t) {
        this.t = t;
    }

    String describe(VisitBooking b) {
        StringBuilder s = new StringBuilder();
        s.append(t.get("visits.code", b.code())).append('\n').append(status(b)).append("\n\n")
                .append(WhenText.of(b.slot().start(), b.slot().end(), t.language())).append('\n')
                .append(b.slot().room()).append('\n')
                .append(b.request().schoolName()).append(" \u00B7 ")
                .append(t.get("visits.studentsCount", b.request().students()));
        if (!b.offered().isEmpty()) {
            s.append("\n\n").append(t.get("visits.offered"));
            for (VisitSlot o : b.offered()) {
                s.append("\n\u2022 ").append(WhenText.of(o.start(), o.end(), t.language()));
            }
        }
        return s.toString();
    }

    String status(VisitBooking b) {
        return switch (b.status()) {
            case CONFIRMED -> t.get("visits.status.confirmed");
            case PENDING -> t.get("visits.status.pending");
            case REFUSED -> t.get("visits.status.refused");
            case CANCELLED -> t.get("visits.status.cancelled");
        };
    }
}
