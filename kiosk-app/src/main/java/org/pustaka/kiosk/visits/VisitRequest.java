package org.pustaka.kiosk.visits;

/**
 * A teacher's booking form as the screen collects it. {@code email} and {@code notes} may be empty;
 * {@code grade} may be null until chosen. {@link VisitRules#check} validates it.
 */
public record VisitRequest(String slotId, String schoolName, String npsn, String teacherName, String phone,
                           String email, int students, GradeLevel grade, String notes) {

    public VisitRequest {
        slotId = slotId == null ? "" : slotId;
        schoolName = schoolName == null ? "" : schoolName;
        npsn = npsn == null ? "" : npsn;
        teacherName = teacherName == null ? "" : teacherName;
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
        notes = notes == null ? "" : notes;
    }
}
