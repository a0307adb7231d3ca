package org.pustaka.kiosk.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.booking.Problem;

class VisitRulesTest {
    static final VisitSlot SLOT = new VisitSlot("S1", ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Asia/Jakarta")),
            ZonedDateTime.of(2026, 12, 1, 10, 30, 0, 0, ZoneId.of("Asia/Jakarta")), "Ruang Baca Anak", 40, true);

    static VisitRequest valid() {
        return new VisitRequest("S1", "  SD Negeri Kauman 1 Malang ", "2053 3844", " Ibu  Rina Kartika", "0341-551234",
                "", 28, GradeLevel.SD_HIGH, "Dua siswa memakai kursi roda.");
    }

    @Test
    void aCompleteFormPassesAndIsNormalised() {
        assertThat(VisitRules.check(valid(), SLOT)).isEmpty();
        VisitRequest n = VisitRules.normalised(valid());
        assertThat(n.schoolName()).isEqualTo("SD Negeri Kauman 1 Malang");
        assertThat(n.npsn()).isEqualTo("20533844");
        assertThat(n.teacherName()).isEqualTo("Ibu Rina Kartika");
        assertThat(n.phone()).isEqualTo("+62341551234");
    }

    @Test
    void eachBadFieldIsNamedWithSentencesInBothLanguages() {
        VisitRequest bad = new VisitRequest("S1", "SD", "1234567", "R", "12345", "rina@", 41, null, "x".repeat(501));
        assertThat(VisitRules.check(bad, SLOT)).extracting(Problem::field)
                .containsExactly("schoolName", "npsn", "teacherName", "phone", "email", "students", "grade", "notes");
        Problem students = VisitRules.check(bad, SLOT).get(5);
        assertThat(students.message().id()).contains("1 sampai 40");
        assertThat(students.message().en()).contains("1 to 40");
    }

    @Test
    void studentsMayFillTheSlotExactlyButNotMore() {
        VisitRequest v = valid();
        VisitRequest full = new VisitRequest(v.slotId(), v.schoolName(), v.npsn(), v.teacherName(), v.phone(), v.email(),
                40, v.grade(), v.notes());
        assertThat(VisitRules.check(full, SLOT)).isEmpty();
        VisitRequest none = new VisitRequest(v.slotId(), v.schoolName(), v.npsn(), v.teacherName(), v.phone(), v.email(),
                0, v.grade(), v.notes());
        assertThat(VisitRules.check(none, SLOT)).extracting(Problem::field).containsExactly("students");
    }

    @Test
    void anEmailIsOptionalButMustBeWholeWhenGiven() {
        VisitRequest v = valid();
        VisitRequest withMail = new VisitRequest(v.slotId(), v.schoolName(), v.npsn(), v.teacherName(), v.phone(),
                "rina.kartika@sdn-kauman1.sch.id", v.students(), v.grade(), v.notes());
        assertThat(VisitRules.check(withMail, SLOT)).isEmpty();
    }
}
