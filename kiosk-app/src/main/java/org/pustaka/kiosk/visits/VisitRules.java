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
            p.add(Problem.from("schoolName", "visit.school"));
        }
        if (!Npsn.isValid(r.npsn())) {
            p.add(Problem.from("npsn", "visit.npsn"));
        }
        if (!SignUpRules.isName(r.teacherName(), 2, 60)) {
            p.add(Problem.from("teacherName", "visit.teacher"));
        }
        if (!IndonesianPhone.isValid(r.phone())) {
            p.add(Problem.from("phone", "phone"));
        }
        if (!r.email().isBlank() && !EMAIL.matcher(r.email().trim()).matches()) {
            p.add(Problem.from("email", "visit.email"));
        }
        if (r.students() < 1 || r.students() > slot.capacity()) {
            p.add(Problem.from("students", "visit.students", slot.capacity()));
        }
        if (r.grade() == null) {
            p.add(Problem.from("grade", "visit.grade"));
        }
        if (r.notes().length() > MAX_NOTES) {
            p.add(Problem.from("notes", "visit.notes", MAX_NOTES));
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
