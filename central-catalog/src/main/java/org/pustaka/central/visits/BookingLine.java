package org.pustaka.central.visits;

import java.time.Instant;
import java.util.UUID;

/**
 * A booking as the staff see it: the slot, the school's details and where it stands. {@code staffConfirmedAt}
 * is set once staff confirmed the visit with the school; a cancelled booking keeps who cancelled it, when and why.
 */
public record BookingLine(UUID id, String confirmationCode, Slot slot, String schoolName, String npsn,
                          String teacherName, String phone, String email, int students, String grade, String notes,
                          String status, Instant createdAt, Instant staffConfirmedAt, String staffConfirmedBy,
                          Instant cancelledAt, String cancelledBy, String cancelReason) {

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /** Where the booking stands for the staff: {@code BOOKED} (waiting for staff), {@code CONFIRMED} or {@code CANCELLED}. */
    public String stage() {
        if (cancelled()) {
            return "CANCELLED";
        }
        return staffConfirmedAt == null ? "BOOKED" : "CONFIRMED";
    }
}
