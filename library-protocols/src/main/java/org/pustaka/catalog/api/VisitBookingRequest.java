package org.pustaka.catalog.api;

import java.util.Objects;
import java.util.UUID;

/**
 * A school-visit booking as the teacher filled it in. {@code id} is chosen by the kiosk and is the
 * idempotency key; {@code npsn} is the school's 8-digit national number; {@code email} and {@code notes}
 * may be empty.
 */
public record VisitBookingRequest(UUID id, String slotId, String schoolName, String npsn, String teacherName,
                                  String phone, String email, int students, String grade, String notes) {
    public VisitBookingRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slotId, "slotId");
        email = email == null ? "" : email;
        notes = notes == null ? "" : notes;
    }
}
