package org.pustaka.central.visits;

import java.util.UUID;

/** A confirmed booking, as the teacher's slip shows it. */
public record Booking(UUID id, String confirmationCode, Slot slot, String schoolName, String npsn, String teacherName,
                      int students, String grade, String status) {
}
