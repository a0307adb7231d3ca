package org.pustaka.kiosk.visits;

import java.util.List;
import java.util.Objects;
import org.pustaka.kiosk.booking.Problem;

/** The answer to a booking: booked (CONFIRMED, or PENDING while the central catalog is away) or refused. */
public sealed interface BookingResult {

    record Booked(VisitBooking booking) implements BookingResult {
        public Booked {
            Objects.requireNonNull(booking, "booking");
        }
    }

    /** Not booked; the problems name the fields to fix, {@code freeSlots} the slots still open instead. */
    record Refused(List<Problem> problems, List<VisitSlot> freeSlots) implements BookingResult {
        public Refused {
            problems = List.copyOf(problems);
            freeSlots = List.copyOf(freeSlots);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }
    }
}
