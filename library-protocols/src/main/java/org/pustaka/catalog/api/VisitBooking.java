package org.pustaka.catalog.api;

import java.util.Objects;
import java.util.UUID;

/** A confirmed school visit, as the central catalog keeps it; {@code confirmationCode} is what the teacher quotes. */
public record VisitBooking(UUID id, String confirmationCode, VisitSlot slot, String schoolName, String npsn,
                           String teacherName, int students, String grade, String status) {
    public VisitBooking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(confirmationCode, "confirmationCode");
        status = status == null ? "CONFIRMED" : status;
    }
}
