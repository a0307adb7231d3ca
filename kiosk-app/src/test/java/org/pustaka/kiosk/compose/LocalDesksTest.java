package org.pustaka.kiosk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.events.EventCategory;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.booking.Problem;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.visits.BookingResult;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;
import org.pustaka.kiosk.compose.BookingDesks;

/** The demo default: no central catalog, the local store seeded with the programme. */
class LocalDesksTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;

    @Test
    void theSeedOffersTheThreeSeriesAndATermOfSlotsOnceOnly() throws Exception {
        KioskConfig config = KioskConfig.demo(dir, Map.of());
        try (Database db = Database.open(dir)) {
            BookingDesks desks = BookingDesks.forDemo(config, db, CLOCK, null);
            List<LibraryEvent> events = desks.events().upcoming();
            assertThat(events).extracting(LibraryEvent::category).contains(EventCategory.LITERASI_DIGITAL,
                    EventCategory.BENGKEL_PENULISAN, EventCategory.DISKUSI_BUKU);
            assertThat(events).isSortedAccordingTo(java.util.Comparator.comparing(LibraryEvent::start));
            assertThat(events).filteredOn(LibraryEvent::isFull).hasSize(1);
            assertThat(desks.visits().freeSlots()).as("six a week, as far ahead as teachers may book")
                    .hasSize((int) org.pustaka.kiosk.visits.LocalVisitDesk.HORIZON.toDays() / 7 * 6);
            assertThat(desks.visits().freeSlots().get(0).start().toLocalDate()).isAfter(java.time.LocalDate.of(2026, 11, 28));
            desks.events().signUp(new SignUpRequest(events.get(0).id(), new Registrant.Member("M1"), 3));
            BookingDesks again = BookingDesks.forDemo(config, db, CLOCK, null);
            assertThat(again.events().upcoming().get(0).seatsLeft()).as("seeding again keeps seats")
                    .isEqualTo(events.get(0).capacity() - 3);
        }
    }

    @Test
    void aProductionKioskWithoutCatalogOffersNoInventedEventsOrSlots() throws Exception {
        try (Database db = Database.open(dir)) {
            BookingDesks desks = BookingDesks.forKiosk(KioskConfig.demo(dir, Map.of()), db, CLOCK, null);
            assertThat(desks.events().upcoming()).isEmpty();
            assertThat(desks.visits().freeSlots()).isEmpty();
            assertThat(desks.events().signUp(new SignUpRequest("LD-ANAK-2026-11-28", new Registrant.Member("M1"), 1)))
                    .isInstanceOf(RegistrationResult.Refused.class);
        }
    }

    @Test
    void signUpWaitlistCancelAndPromotionThroughTheDesk() throws Exception {
        try (Database db = Database.open(dir)) {
            BookingDesks desks = BookingDesks.forDemo(KioskConfig.demo(dir, Map.of()), db, CLOCK, null);
            LibraryEvent full = desks.events().upcoming().stream().filter(LibraryEvent::isFull).findFirst().orElseThrow();
            Registration m1 = done(desks.events().signUp(new SignUpRequest(full.id(), new Registrant.Member("M1"), 1)));
            Registration m2 = done(desks.events().signUp(new SignUpRequest(full.id(), new Registrant.Member("M2"), 2)));
            assertThat(m1.status()).isEqualTo(RegistrationStatus.WAITLISTED);
            assertThat(m1.waitlistPosition()).isEqualTo(1);
            assertThat(m2.waitlistPosition()).isEqualTo(2);

            RegistrationResult wrong = desks.events().cancel(m1.id(), "M2");
            assertThat(wrong).isInstanceOf(RegistrationResult.Refused.class);
            desks.events().cancel(m1.id(), "M1");
            assertThat(desks.events().registrationsOf("M2").get(0).registration().waitlistPosition()).isEqualTo(1);

            LibraryEvent open = desks.events().upcoming().stream().filter(e -> e.seatsLeft() >= 4).findFirst().orElseThrow();
            Registration m3 = done(desks.events().signUp(new SignUpRequest(open.id(), new Registrant.Member("M3"), 2)));
            assertThat(m3.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            RegistrationResult.Done cancelled = (RegistrationResult.Done) desks.events().cancel(m3.id(), "M3");
            assertThat(cancelled.registration().status()).isEqualTo(RegistrationStatus.CANCELLED);
            assertThat(cancelled.event().seatsLeft()).isEqualTo(open.seatsLeft());
        }
    }

    @Test
    void aGuestWithABadPhoneIsToldWhatToFix() throws Exception {
        try (Database db = Database.open(dir)) {
            BookingDesks desks = BookingDesks.forDemo(KioskConfig.demo(dir, Map.of()), db, CLOCK, null);
            String id = desks.events().upcoming().get(0).id();
            RegistrationResult r = desks.events().signUp(new SignUpRequest(id, new Registrant.Guest("Sari", "12345"), 1));
            assertThat(((RegistrationResult.Refused) r).problems()).extracting(Problem::field).containsExactly("phone");
        }
    }

    @Test
    void aSlotIsBookedOnceAndTheBookingFoundByItsCode() throws Exception {
        try (Database db = Database.open(dir)) {
            BookingDesks desks = BookingDesks.forDemo(KioskConfig.demo(dir, Map.of()), db, CLOCK, null);
            VisitSlot slot = desks.visits().freeSlots().get(0);
            BookingResult first = desks.visits().book(request(slot.id(), 28));
            String code = ((BookingResult.Booked) first).booking().code();
            assertThat(code).matches("KS-[34679ACEFGHJKMNPQRTWXY]{4}");
            BookingResult second = desks.visits().book(request(slot.id(), 20));
            assertThat(second).isInstanceOf(BookingResult.Refused.class);
            assertThat(((BookingResult.Refused) second).freeSlots()).doesNotContain(slot).isNotEmpty();
            assertThat(desks.visits().lookUp(code.substring(3).toLowerCase()))
                    .hasValueSatisfying(b -> assertThat(b.request().npsn()).isEqualTo("20533844"));
            BookingResult tooMany = desks.visits().book(request(desks.visits().freeSlots().get(0).id(), 41));
            assertThat(((BookingResult.Refused) tooMany).problems()).extracting(Problem::field).containsExactly("students");
        }
    }

    private static VisitRequest request(String slot, int students) {
        return new VisitRequest(slot, "SD Negeri Kauman 1 Malang", "20533844", "Rina Kartika", "0341-551234", "",
                students, GradeLevel.SD_HIGH, "");
    }

    private static Registration done(RegistrationResult r) {
        assertThat(r).isInstanceOf(RegistrationResult.Done.class);
        return ((RegistrationResult.Done) r).registration();
    }
}
