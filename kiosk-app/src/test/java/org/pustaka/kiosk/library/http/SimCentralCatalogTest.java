package org.pustaka.kiosk.library.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pustaka.catalog.api.BookingResult;
import org.pustaka.catalog.api.CatalogEvent;
import org.pustaka.catalog.api.EnrollmentRequest;
import org.pustaka.catalog.api.RegistrationRequest;
import org.pustaka.catalog.api.RegistrationStatus;
import org.pustaka.catalog.api.VisitBookingRequest;
import org.pustaka.catalog.api.VisitSlot;
import org.pustaka.catalog.api.sim.SimCentralCatalog;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.CirculationStatus;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.library.TransactionOptions;

class SimCentralCatalogTest {
    /** A tenth of a second before midnight in Jakarta: "today" is the simulation's, never the wall clock's. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T16:59:59.900Z"), ZoneOffset.UTC);
    private final LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    private SimCentralCatalog sim;
    private CentralCatalogClient client;

    @BeforeEach
    void start() throws Exception {
        sim = new SimCentralCatalog(TestSettings.TOKEN, 42, clock);
        client = new CentralCatalogClient(TestSettings.forBase(sim.start().toString()), "DEMO-01");
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    @Test
    void listsTheLibrarysEventSeries() throws Exception {
        List<CatalogEvent> events = client.events(today, today.plusDays(90));
        assertThat(events).extracting(CatalogEvent::series)
                .contains("literasi-digital", "bengkel-penulisan-kreatif", "diskusi-buku-bulanan");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.title().id()).isNotBlank();
            assertThat(e.title().en()).isNotBlank();
            assertThat(e.start().toLocalDate()).isBetween(today, today.plusDays(90));
            assertThat(e.seatsLeft()).isEqualTo(e.capacity());
        });
    }

    @Test
    void fullEventWaitlistsInOrderAndCancellationPromotes() throws Exception {
        String event = sim.data().eventIds().stream().filter(id -> id.startsWith("literasi-digital")).findFirst().orElseThrow();
        sim.data().setSeatsLeft(event, 1);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        assertThat(client.register(event, new RegistrationRequest(first, "2024000123", null, null, 1, "id")).status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        var w1 = client.register(event, new RegistrationRequest(second, null, "Ani", "081234567890", 1, "id"));
        var w2 = client.register(event, new RegistrationRequest(third, null, "Budi", "081298765432", 1, "en"));
        assertThat(w1.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(w1.waitlistPosition()).isEqualTo(1);
        assertThat(w2.waitlistPosition()).isEqualTo(2);
        assertThat(client.cancelRegistration(event, first).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(sim.data().registrationStatus(second)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(sim.data().registrationStatus(third)).isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void fullEventWithoutWaitlistAnswersFull() throws Exception {
        String event = sim.data().eventIds().stream().filter(id -> id.startsWith("diskusi-buku")).findFirst().orElseThrow();
        sim.data().setSeatsLeft(event, 0);
        assertThat(client.register(event, new RegistrationRequest(UUID.randomUUID(), "2024000123", null, null, 1, "id")).status())
                .isEqualTo(RegistrationStatus.FULL);
    }

    @Test
    void bookingGivesACodeThatCanBeLookedUpAndATakenSlotOffersOthers() throws Exception {
        List<VisitSlot> slots = client.slots(today, today.plusDays(100));
        assertThat(slots).hasSizeGreaterThan(30).allSatisfy(s -> assertThat(s.capacity()).isEqualTo(40));
        VisitSlot slot = slots.get(0);
        BookingResult booked = client.book(booking(UUID.randomUUID(), slot.id()));
        assertThat(booked.booked()).isTrue();
        String code = booked.booking().confirmationCode();
        assertThat(client.booking(code)).get().satisfies(b -> assertThat(b.schoolName()).isEqualTo("SDN Klojen 1"));

        BookingResult taken = client.book(booking(UUID.randomUUID(), slot.id()));
        assertThat(taken.booked()).isFalse();
        assertThat(taken.nextFreeSlots()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.start()).isAfter(slot.start()));
        assertThat(client.slots(today, today.plusDays(100))).filteredOn(s -> s.id().equals(slot.id()))
                .singleElement().satisfies(s -> assertThat(s.available()).isFalse());
    }

    @Test
    void invalidNpsnIsRefused() {
        VisitBookingRequest bad = new VisitBookingRequest(UUID.randomUUID(), sim.data().slotIds().get(0), "SD", "1234",
                "Bu Rina", "081234567890", "", 20, "3", "");
        assertThatThrownBy(() -> client.book(bad)).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_NPSN"));
    }

    @Test
    void borrowsReturnsAndRenewsThroughTheCirculationEndpoints() throws Exception {
        PatronCredentials siti = new PatronCredentials("2024000123", "1234");
        try (HttpLibrarySystem library = new HttpLibrarySystem(client)) {
            assertThat(library.identify(siti).mayBorrow()).isTrue();
            assertThat(library.identify(new PatronCredentials("2024000123", "9999")).pinAccepted()).isFalse();
            CheckoutResult loan = library.checkout(siti, "31000100001", TransactionOptions.now(Instant.now()));
            assertThat(loan.ok()).isTrue();
            assertThat(loan.dueDate()).isAfter(today);
            assertThat(library.account(siti).loans()).extracting(l -> l.itemId()).containsExactly("31000100001");
            CheckoutResult renewed = library.renew(siti, "31000100001", TransactionOptions.now(Instant.now()));
            assertThat(renewed.dueDate()).isAfter(loan.dueDate());
            assertThat(library.item("31000100001").status()).isEqualTo(CirculationStatus.CHARGED);
            assertThat(library.checkout(siti, "31000100006", TransactionOptions.now(Instant.now())).refusal().reason())
                    .isEqualTo(RefusalReason.ITEM_NOT_FOR_LOAN);
            assertThat(library.checkin("31000100001", TransactionOptions.now(Instant.now())).ok()).isTrue();
            assertThat(library.item("31000100001").status()).isEqualTo(CirculationStatus.AVAILABLE);
        }
    }

    @Test
    void aCheckoutRepeatedAfterALostAnswerIsAppliedOnce() throws Exception {
        PatronCredentials siti = new PatronCredentials("2024000123", "1234");
        TransactionOptions o = TransactionOptions.now(Instant.now());
        try (HttpLibrarySystem library = new HttpLibrarySystem(client)) {
            sim.dropShare(1.0);
            assertThatThrownBy(() -> library.checkout(siti, "31000100002", o)).isInstanceOfSatisfying(
                    org.pustaka.kiosk.library.LibraryUnavailableException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
            sim.dropShare(0);
            assertThat(library.checkout(siti, "31000100002", o).ok()).isTrue();
        }
        var checkouts = sim.received().stream().filter(r -> r.path().equals("circulation/checkout") && !r.id().isEmpty()).toList();
        assertThat(checkouts).hasSize(4);
        assertThat(checkouts).filteredOn(r -> !r.duplicate()).hasSize(1);
        assertThat(sim.data().onLoanTo("31000100002", "2024000123")).isTrue();
    }

    @Test
    void rejectedTokenAndEnrollment() throws Exception {
        sim.rejectToken(true);
        assertThatThrownBy(client::status).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.failure()).isEqualTo(CatalogException.Failure.TOKEN_REJECTED));
        assertThat(client.state().kind()).isEqualTo(CatalogState.Kind.TOKEN_REJECTED);
        sim.rejectToken(false);
        sim.addEnrollmentCode("DEMO-02", "MLG-7Q4K");
        var enrolled = client.enroll(new EnrollmentRequest("DEMO-02", "MLG-7Q4K", "dev"));
        try (CentralCatalogClient second = new CentralCatalogClient(
                TestSettings.forBase(sim.baseUri().toString()).withToken(enrolled.token()), "DEMO-02")) {
            assertThat(second.status().system()).contains("Simulated");
        }
        assertThatThrownBy(() -> client.enroll(new EnrollmentRequest("DEMO-02", "WRONG", "dev")))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.code()).isEqualTo("ENROLLMENT_CODE_INVALID"));
    }

    static VisitBookingRequest booking(UUID id, String slot) {
        return new VisitBookingRequest(id, slot, "SDN Klojen 1", "20533761", "Bu Rina", "081234567890",
                "rina@sdnklojen1.sch.id", 32, "4", "");
    }

    @Test
    void offlineRefusesConnectionsAndComesBackOnTheSamePortWithItsData() throws Exception {
        java.net.URI before = sim.baseUri();
        UUID reg = UUID.randomUUID();
        String eventId = sim.data().eventIds().get(0);
        client.register(eventId, new RegistrationRequest(reg, "2024000123", null, null, 1, "id"));
        int received = sim.received().size();

        sim.offline(true);
        assertThat(sim.isOffline()).isTrue();
        assertThat(sim.baseUri()).isEqualTo(before);
        // the pooled connection is cut (a lost answer); the retry on a new connection is refused
        assertThatThrownBy(() -> client.status()).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.failure()).isEqualTo(CatalogException.Failure.UNREACHABLE);
            assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
        });
        assertThat(sim.received()).hasSize(received);

        sim.offline(false);
        assertThat(sim.isOffline()).isFalse();
        assertThat(client.status().system()).isNotBlank();
        assertThat(sim.data().registrationStatus(reg)).isEqualTo(RegistrationStatus.CONFIRMED);
    }
}
