package org.pustaka.kiosk.booking.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.catalog.api.sim.SimCentralCatalog;
import org.pustaka.catalog.api.sim.SimReceived;
import org.pustaka.kiosk.compose.BookingDesks;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.hub.OutboxSender;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.library.http.TestSettings;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcEventStore;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;
import org.pustaka.kiosk.store.jdbc.JdbcVisitStore;
import org.pustaka.kiosk.visits.BookingResult;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;

/** The desks against the simulated central catalog, a server implementing the API, dropping off and back. */
class SimulatedCatalogTest {
    @TempDir
    Path dir;

    SimCentralCatalog sim;
    Database db;
    CentralCatalogClient client;
    OutboxSender sender;
    BookingDesks desks;
    JdbcOutboxStore outbox;

    @BeforeEach
    void start() throws Exception {
        sim = new SimCentralCatalog(TestSettings.TOKEN, 11);
        URI base = sim.start();
        db = Database.open(dir);
        outbox = new JdbcOutboxStore(db);
        CatalogSettings settings = TestSettings.forBase(base.toString(), 2);
        client = CatalogFixtures.client(settings);
        desks = BookingDesks.central(new CentralCatalogBookings(client, CatalogFixtures.WIB),
                new JdbcEventStore(db, CatalogFixtures.WIB), new JdbcVisitStore(db, CatalogFixtures.WIB), outbox,
                Clock.systemUTC(), CatalogFixtures.WIB);
        sender = new OutboxSender(outbox, client, settings, desks.answers());
    }

    @AfterEach
    void stop() {
        sender.close();
        client.close();
        db.close();
        sim.close();
    }

    @Test
    void signsUpBooksAndLooksUpOnlineThenHoldsAndSendsOnceAcrossAnOutage() throws Exception {
        List<LibraryEvent> events = desks.events().upcoming();
        assertThat(events).isNotEmpty();
        LibraryEvent event = events.stream().filter(e -> e.seatsLeft() >= 3).findFirst().orElseThrow();
        Registration online = done(desks.events().signUp(new SignUpRequest(event.id(), new Registrant.Member("2024000123"), 1)));
        assertThat(online.status()).isEqualTo(RegistrationStatus.CONFIRMED);

        List<VisitSlot> slots = desks.visits().freeSlots();
        assertThat(slots).hasSizeGreaterThan(2);
        VisitBooking booked = ((BookingResult.Booked) desks.visits().book(request(slots.get(0)))).booking();
        assertThat(booked.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(desks.visits().lookUp(booked.code())).isPresent();

        int port = sim.baseUri().getPort();
        sim.stop();
        Registration pending = done(desks.events().signUp(new SignUpRequest(event.id(),
                new Registrant.Guest("Sari Wulandari", "0812 3456 7890"), 2)));
        VisitBooking held = ((BookingResult.Booked) desks.visits().book(request(slots.get(1)))).booking();
        assertThat(pending.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(held.status()).isEqualTo(BookingStatus.PENDING);

        sim.start(port);
        assertThat(sender.sendNow().accepted()).isEqualTo(2);
        sender.sendNow();
        assertThat(sim.received().stream().filter(r -> "POST".equals(r.method()))
                .filter(r -> pending.id().toString().equals(r.id()) || held.id().toString().equals(r.id())))
                .extracting(SimReceived::duplicate).containsExactly(false, false);
        VisitBooking confirmed = desks.visits().lookUp(held.code()).orElseThrow();
        assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(outbox.depth()).isZero();
    }

    private static VisitRequest request(VisitSlot slot) {
        return new VisitRequest(slot.id(), "SMP Negeri 3 Malang", "20533801", "Budi Santoso", "+62 812 3300 4411",
                "", 30, GradeLevel.SMP, "Satu siswa tunanetra; mohon pendamping.");
    }

    private static Registration done(RegistrationResult r) {
        assertThat(r).isInstanceOf(RegistrationResult.Done.class);
        return ((RegistrationResult.Done) r).registration();
    }
}
