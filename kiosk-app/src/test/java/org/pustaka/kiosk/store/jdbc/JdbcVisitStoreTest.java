package org.pustaka.kiosk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.visits.VisitStore.Reservation;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;

class JdbcVisitStoreTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant FROM = Instant.parse("2026-11-30T00:00:00Z");
    static final Instant TO = Instant.parse("2026-12-31T00:00:00Z");

    @TempDir
    Path dir;

    static VisitSlot slot(String id, int day, int hour) {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, day, hour, 0, 0, 0, WIB);
        return new VisitSlot(id, start, start.plusMinutes(90), "Ruang Baca Anak", 40, true);
    }

    static VisitBooking booking(VisitSlot slot, String code, BookingStatus status) {
        return new VisitBooking(UUID.randomUUID(), code, slot, new VisitRequest(slot.id(), "SMP Negeri 3 Malang",
                "20533801", "Pak Budi", "+6281234567890", "", 30, GradeLevel.SMP, "lift"), status, List.of(),
                Instant.parse("2026-11-28T03:00:00Z"), "");
    }

    @Test
    void oneSlotTakesOneBookingAndTheSlotShowsTaken() {
        try (Database db = Database.open(dir)) {
            JdbcVisitStore store = new JdbcVisitStore(db, WIB);
            VisitSlot s1 = slot("S1", 1, 9);
            store.saveSlots(List.of(s1, slot("S2", 1, 13)));
            assertThat(store.reserve(booking(s1, "KS-7QH4", BookingStatus.CONFIRMED), null)).isEqualTo(Reservation.BOOKED);
            assertThat(store.reserve(booking(s1, "KS-9XYA", BookingStatus.CONFIRMED), null)).isEqualTo(Reservation.SLOT_TAKEN);
            assertThat(store.reserve(booking(slot("S2", 1, 13), "KS-7QH4", BookingStatus.CONFIRMED), null))
                    .isEqualTo(Reservation.CODE_IN_USE);
            assertThat(store.reserve(booking(slot("S9", 1, 13), "KS-AAAA", BookingStatus.CONFIRMED), null))
                    .isEqualTo(Reservation.NO_SUCH_SLOT);
            assertThat(store.slots(FROM, TO)).extracting(VisitSlot::id, VisitSlot::free)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("S1", false),
                            org.assertj.core.groups.Tuple.tuple("S2", true));
        }
    }

    @Test
    void aBookingIsFoundByItsCodeAndByTheCodeFirstGivenAfterTheCatalogRenamedIt() {
        VisitSlot s1 = slot("S1", 1, 9);
        VisitBooking pending = booking(s1, "KS-7QH4", BookingStatus.PENDING);
        try (Database db = Database.open(dir)) {
            JdbcVisitStore store = new JdbcVisitStore(db, WIB);
            store.saveSlots(List.of(s1, slot("S2", 2, 9), slot("S3", 3, 9)));
            assertThat(store.reserve(pending, OutboxRecord.pending(pending.id(), "visit", "{}", pending.createdAt())))
                    .isEqualTo(Reservation.BOOKED);
            assertThat(new JdbcOutboxStore(db).pending("visit", 5)).hasSize(1);
        }
        try (Database db = Database.open(dir)) {
            JdbcVisitStore store = new JdbcVisitStore(db, WIB);
            VisitBooking got = store.byCode("KS-7QH4").orElseThrow();
            assertThat(got.request()).isEqualTo(pending.request());
            assertThat(got.slot().free()).isFalse();
            store.update(got.withOutcome(BookingStatus.REFUSED, "KS-7QH4", List.of(slot("S2", 2, 9), slot("S3", 3, 9)),
                    "taken by another school"));
            VisitBooking refused = store.byId(pending.id()).orElseThrow();
            assertThat(refused.status()).isEqualTo(BookingStatus.REFUSED);
            assertThat(refused.offered()).extracting(VisitSlot::id).containsExactly("S2", "S3");
            assertThat(store.slots(FROM, TO).get(0).free()).as("a refused booking frees the slot here").isTrue();
            store.update(refused.withOutcome(BookingStatus.CONFIRMED, "KS-CENTRAL1", List.of(), ""));
            assertThat(store.byCode("KS-7QH4")).map(VisitBooking::code).contains("KS-CENTRAL1");
            assertThat(store.byCode("KS-CENTRAL1")).isPresent();
            assertThat(store.byCode("kscentral1")).as("case and dashes do not matter").isPresent();
            assertThat(store.byCode("KS-NONE")).isEmpty();
        }
    }

    @Test
    void theCatalogsTakenFlagHidesASlotUnlessThisKioskHoldsIt() {
        try (Database db = Database.open(dir)) {
            JdbcVisitStore store = new JdbcVisitStore(db, WIB);
            VisitSlot s1 = slot("S1", 1, 9);
            store.saveSlots(List.of(s1, slot("S2", 1, 13).withFree(false)));
            store.reserve(booking(s1, "KS-7QH4", BookingStatus.PENDING), null);
            store.saveSlots(List.of(s1.withFree(false)));
            assertThat(store.slots(FROM, TO)).extracting(VisitSlot::free).containsExactly(false, false);
            assertThat(store.reserve(booking(s1, "KS-9XYA", BookingStatus.PENDING), null)).isEqualTo(Reservation.SLOT_TAKEN);
        }
    }
}
