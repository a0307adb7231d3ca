package org.pustaka.kiosk.visits;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.pustaka.kiosk.booking.IndonesianPhone;
import org.pustaka.kiosk.booking.Problem;
import org.pustaka.kiosk.events.SignUpRules;

/**
 * Validation of a booking form against its slot: school name (3 to 100 characters), NPSN (8 digits),
 * teacher name (2 to 60 letters), Indonesian phone, optional e-mail, students from 1 to the slot's
 * capacity, a grade level, notes up to {@value #MAX_NOTES} characters.
 */
public final class VisitRules {
    public static final int MAX_NOTES = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private VisitRules() {
    }

    /** The problems with {@code r} for {@code slot}; empty when it may be booked. */
    public static List<Problem> check(VisitRequest r, VisitSlot slot) {
        List<Problem> p = new ArrayList<>();
        String school = r.schoolName().trim();
        if (school.length() < 3 || school.length() > 100 || school.chars().noneMatch(Character::isLetter)) {
            p.add(Problem.of("schoolName", "Tulis nama sekolah, misalnya SD Negeri Kauman 1 Malang.",
                    "Please type the school's name, for example SD Negeri Kauman 1 Malang."));
        }
        if (!Npsn.isValid(r.npsn())) {
            p.add(Problem.of("npsn", "NPSN harus tepat 8 angka. Lihat di papan nama atau rapor sekolah.",
                    "The NPSN must be exactly 8 digits. It is on the school's sign board and report cards."));
        }
        if (!SignUpRules.isName(r.teacherName(), 2, 60)) {
            p.add(Problem.of("teacherName", "Tulis nama guru pendamping, 2 sampai 60 huruf.",
                    "Please type the accompanying teacher's name, 2 to 60 letters."));
        }
        if (!IndonesianPhone.isValid(r.phone())) {
            p.add(Problem.of("phone",
                    "Nomor telepon tidak dikenali. Tulis seperti 0812-3456-7890 atau 0341-551234.",
                    "The phone number is not recognised. Type it like 0812-3456-7890 or 0341-551234."));
        }
        if (!r.email().isBlank() && !EMAIL.matcher(r.email().trim()).matches()) {
            p.add(Problem.of("email", "Alamat e-mail tidak lengkap. Kosongkan saja bila tidak ada.",
                    "The e-mail address is incomplete. Leave it empty if there is none."));
        }
        if (r.students() < 1 || r.students() > slot.capacity()) {
            p.add(Problem.of("students",
                    "Jumlah siswa harus 1 sampai " + slot.capacity() + " untuk jadwal ini.",
                    "The number of students must be 1 to " + slot.capacity() + " for this slot."));
        }
        if (r.grade() == null) {
            p.add(Problem.of("grade", "Pilih jenjang kelas.", "Please choose the grade level."));
        }
        if (r.notes().length() > MAX_NOTES) {
            p.add(Problem.of("notes", "Catatan paling banyak " + MAX_NOTES + " huruf.",
                    "Notes can be at most " + MAX_NOTES + " characters."));
        }
        return p;
    }

    /** The form as stored: trimmed, NPSN without spaces, phone in +62 form. Call after {@link #check}. */
    public static VisitRequest normalised(VisitRequest r) {
        return new VisitRequest(r.slotId(), r.schoolName().trim().replaceAll("\\s+", " "),
                Npsn.normalise(r.npsn()).orElse(r.npsn()), r.teacherName().trim().replaceAll("\\s+", " "),
                IndonesianPhone.normalise(r.phone()).orElse(r.phone()), r.email().trim(), r.students(), r.grade(),
                r.notes().trim());
    }
}
