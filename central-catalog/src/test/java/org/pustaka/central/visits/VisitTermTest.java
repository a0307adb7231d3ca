package org.pustaka.central.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitTermTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static VisitTerm term(LocalDate from, LocalDate to, EnumSet<DayOfWeek> days, String room) {
        return new VisitTerm("Semester Genap 2026/2027", from, to, days, LocalTime.of(9, 0), LocalTime.of(11, 0), room, 40);
    }

    @Test
    void aSlotOnEveryChosenWeekdayBetweenTheDatesBothIncluded() {
        // 2027-01-11 is a Monday; to Friday 2027-01-22: Tuesdays 12 and 19, Thursdays 14 and 21
        VisitTerm t = term(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 22), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), "Ruang Anak");
        List<Slot> slots = t.slots(WIB);
        assertThat(slots).extracting(s -> s.start().atZone(WIB).toLocalDate()).containsExactly(
                LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 19), LocalDate.of(2027, 1, 21));
        assertThat(t.count()).isEqualTo(4);
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2027-01-12T02:00:00Z"));
        assertThat(slots.get(0).end()).isEqualTo(Instant.parse("2027-01-12T04:00:00Z"));
        assertThat(slots).allSatisfy(s -> {
            assertThat(s.room()).isEqualTo("Ruang Anak");
            assertThat(s.capacity()).isEqualTo(40);
            assertThat(s.available()).isTrue();
        });
        assertThat(t.weekdayNumbers()).isEqualTo("2,4");
    }

    @Test
    void theFirstAndLastDayCountWhenTheyAreChosenWeekdays() {
        VisitTerm t = term(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 19), EnumSet.of(DayOfWeek.TUESDAY), "Aula");
        assertThat(t.slots(WIB)).hasSize(2);
    }

    @Test
    void slotIdsAreStableForDayTimeAndRoomAndDifferByRoom() {
        LocalDate day = LocalDate.of(2027, 1, 12);
        Slot a = VisitTerm.single(day, LocalTime.of(9, 0), LocalTime.of(11, 0), "Ruang Anak", 30).slots(WIB).get(0);
        Slot sameRoomOtherCase = VisitTerm.single(day, LocalTime.of(9, 0), LocalTime.of(10, 0), " ruang anak", 20).slots(WIB).get(0);
        Slot otherRoom = VisitTerm.single(day, LocalTime.of(9, 0), LocalTime.of(11, 0), "Aula", 30).slots(WIB).get(0);
        Slot fromTerm = term(day, day.plusDays(7), EnumSet.of(DayOfWeek.TUESDAY), "Ruang Anak").slots(WIB).get(0);
        assertThat(a.id()).startsWith("20270112-0900-").hasSize(22);
        assertThat(sameRoomOtherCase.id()).isEqualTo(a.id());
        assertThat(fromTerm.id()).isEqualTo(a.id());
        assertThat(otherRoom.id()).isNotEqualTo(a.id());
    }

    @Test
    void aRangeWithoutTheChosenWeekdayMakesNoSlots() {
        VisitTerm t = term(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 13), EnumSet.of(DayOfWeek.FRIDAY), "Aula");
        assertThat(t.slots(WIB)).isEmpty();
        assertThat(t.count()).isZero();
    }

    @Test
    void termsThatCannotMakeSlotsAreRefused() {
        LocalDate d = LocalDate.of(2027, 1, 12);
        assertThatThrownBy(() -> term(d, d.minusDays(1), EnumSet.of(DayOfWeek.TUESDAY), "Aula"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> term(d, d, EnumSet.noneOf(DayOfWeek.class), "Aula"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VisitTerm.single(d, LocalTime.of(11, 0), LocalTime.of(9, 0), "Aula", 30))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
