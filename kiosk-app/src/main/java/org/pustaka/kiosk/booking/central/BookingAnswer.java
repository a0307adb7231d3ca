package org.pustaka.kiosk.booking.central;

import java.util.List;
import java.util.Objects;
import org.pustaka.kiosk.visits.VisitSlot;

/**
 * The central catalog's answer to a school-visit booking: confirmed with the code the teacher keeps, or
 * refused (409: the slot was taken in the meantime; other 4xx: the form was not accepted) with its
 * reason and the next free slots it offers instead.
 */
public record BookingAnswer(boolean confirmed, String code, List<VisitSlot> nextFreeSlots, String reason) {

    public BookingAnswer {
        code = code == null ? "" : code;
        nextFreeSlots = nextFreeSlots == null ? List.of() : List.copyOf(nextFreeSlots);
        reason = reason == null ? "" : reason;
        if (confirmed) {
            Objects.requireNonNull(code, "code");
        }
    }

    public static BookingAnswer confirmed(String code) {
        return new BookingAnswer(true, code, List.of(), "");
    }

    public static BookingAnswer refused(String reason, List<VisitSlot> nextFreeSlots) {
        return new BookingAnswer(false, "", nextFreeSlots, reason);
    }
}
