package org.pustaka.central.http.api;

/** A school-visit booking (the teacher's phone and e-mail are kept but never answered). */
public record VisitBooking(String id, String confirmationCode, VisitSlot slot, String schoolName, String npsn,
                           String teacherName, int students, String grade, String status) {
}
