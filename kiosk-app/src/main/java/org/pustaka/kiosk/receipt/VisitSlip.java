package org.pustaka.kiosk.receipt;

import java.time.Instant;
import java.util.Objects;

/**
 * A school visit booking (Kunjungan Sekolah): school and its NPSN, the teacher, when the visit starts,
 * how many students of which grade, and the confirmation code (also printed as a QR code).
 * {@code issuedAt} is when the slip was printed.
 */
public record VisitSlip(String schoolName, String npsn, String teacherName, Instant start, int students,
                        String grade, String confirmationCode, Instant issuedAt) {
    public VisitSlip {
        Objects.requireNonNull(schoolName, "schoolName");
        npsn = npsn == null ? "" : npsn;
        teacherName = teacherName == null ? "" : teacherName;
        Objects.requireNonNull(start, "start");
        grade = grade == null ? "" : grade;
        Objects.requireNonNull(confirmationCode, "confirmationCode");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
