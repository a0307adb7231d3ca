package org.pustaka.kiosk.visits;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A school-visit booking. {@code id} is the idempotency key at the central catalog; {@code code} is what
 * the teacher keeps (on screen and on the slip) to look the booking up. {@code offered} holds the next
 * free slots when the central catalog refused the slot; {@code note} its reason, for staff.
 */
public record VisitBooking(UUID id, String code, VisitSlot slot, VisitRequest request, BookingStatus status,
                           List<VisitSlot> offered, Instant createdAt, String note) {

    public VisitBooking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        offered = offered == null ? List.of() : List.copyOf(offered);
        note = note == null ? "" : note;
    }

    public VisitBooking withOutcome(BookingStatus newStatus, String newCode, List<VisitSlot> newOffered, String newNote) {
        return new VisitBooking(id, newCode, slot, request, newStatus, newOffered, createdAt, newNote);
    }
}
