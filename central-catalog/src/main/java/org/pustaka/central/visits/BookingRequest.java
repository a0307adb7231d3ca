package org.pustaka.central.visits;

import java.util.UUID;

/** A teacher's booking of a slot for a class; {@code id} is the booking id and the idempotency key. */
public record BookingRequest(UUID id, String slotId, String schoolName, String npsn, String teacherName, String phone,
                             String email, int students, String grade, String notes) {
    @Override
    public String toString() {
        return "BookingRequest[" + id + ", slot=" + slotId + ", students=" + students + "]";
    }
}
