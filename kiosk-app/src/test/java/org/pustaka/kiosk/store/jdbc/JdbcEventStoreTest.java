package org.pustaka.kiosk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.events.Audience;
import org.pustaka.kiosk.events.EventCategory;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.events.RosterOutcome;
import org.pustaka.kiosk.booking.Sentence;
import org.pustaka.kiosk.store.OutboxRecord;

class JdbcEventStoreTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    @TempDir
    Path dir;

    static LibraryEvent event(String id, int day, int capacity) {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, day, 9, 0, 0, 0, WIB);
        return new LibraryEvent(id, new Sentence("Diskusi Buku Bulanan", "Monthly Book Discussion"),
                new Sentence("Buku bulan ini", "This month's book"), EventCategory.DISKUSI_BUKU, start,
                start.plusHours(2), "Aula", Audience.ADULTS, 17, 0, capacity, capacity);
    }

    @Test
    void eventsComeBackInTheLibraryZoneSoonestFirstAndSurviveReopening() {
        try (Database db = Database.open(dir)) {
            new JdbcEventStore(db, WIB).saveEvents(List.of(event("B", 12, 30), event("A", 5, 30), event("C", 30, 30)));
        }
        try (Database db = Database.open(dir)) {
            List<LibraryEvent> got = new JdbcEventStore(db, WIB).events(NOW, Instant.parse("2026-12-20T00:00:00Z"));
            assertThat(got).extracting(LibraryEvent::id).containsExactly("A", "B");
            assertThat(got.get(0)).isEqualTo(event("A", 5, 30));
            assertThat(got.get(0).start().getZone()).isEqualTo(WIB);
        }
    }

    @Test
    void rosterChangesAreSavedWithTheSeatsLeftAndWaitlistOrder() {
        try (Database db = Database.open(dir)) {
            JdbcEventStore store = new JdbcEventStore(db, WIB);
            store.saveEvents(List.of(event("E", 5, 3)));
            UUID a = signUp(store, "A", 2);
            UUID b = signUp(store, "B", 2);
            UUID c = signUp(store, "C", 1);
            assertThat(store.event("E").orElseThrow().seatsLeft()).isEqualTo(1);
            assertThat(status(store, "B", b)).isEqualTo(RegistrationStatus.WAITLISTED);
            assertThat(status(store, "C", c)).as("C waits behind B").isEqualTo(RegistrationStatus.WAITLISTED);
            store.changeRoster("E", r -> r.cancel(a, "A"));
            assertThat(status(store, "B", b)).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(status(store, "C", c)).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(store.event("E").orElseThrow().seatsLeft()).isZero();
            assertThat(store.changeRoster("nope", r -> r.cancel(a, "A"))).isEmpty();
        }
    }

    @Test
    void concurrentSignUpsNeverOverbook() throws Exception {
        try (Database db = Database.open(dir)) {
            JdbcEventStore store = new JdbcEventStore(db, WIB);
            store.saveEvents(List.of(event("E", 5, 5)));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<RosterOutcome>> all = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String member = "M" + i;
                all.add(pool.submit(() -> store.changeRoster("E",
                        r -> r.signUp(UUID.randomUUID(), new Registrant.Member(member), 1, NOW)).orElseThrow()));
            }
            int confirmed = 0;
            for (Future<RosterOutcome> f : all) {
                if (f.get().subject().orElseThrow().status() == RegistrationStatus.CONFIRMED) {
                    confirmed++;
                }
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(confirmed).isEqualTo(5);
            assertThat(store.event("E").orElseThrow().seatsLeft()).isZero();
        }
    }

    @Test
    void aPendingRegistrationAndItsReportCommitTogether() {
        try (Database db = Database.open(dir)) {
            JdbcEventStore store = new JdbcEventStore(db, WIB);
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            store.saveEvents(List.of(event("E", 5, 3)));
            Registration r = new Registration(UUID.randomUUID(), "E", new Registrant.Guest("Sari", "+6281234567890"), 1,
                    RegistrationStatus.PENDING, 0, NOW, "");
            store.saveRegistration(r, OutboxRecord.pending(r.id(), "registration", "{}", NOW));
            assertThat(outbox.pending("registration", 10)).extracting(OutboxRecord::id).containsExactly(r.id());
            store.saveRegistration(r.with(RegistrationStatus.WAITLISTED, 4), null);
            assertThat(outbox.pending("registration", 10)).hasSize(1);
            Registration m = new Registration(UUID.randomUUID(), "E", new Registrant.Member("M1"), 1,
                    RegistrationStatus.WAITLISTED, 4, NOW, "full meanwhile");
            store.saveRegistration(m, null);
            assertThat(store.registrationsOf("M1", NOW)).containsExactly(m);
            assertThat(store.registrationsOf("M1", Instant.parse("2026-12-06T00:00:00Z"))).as("event over").isEmpty();
        }
    }

    private static UUID signUp(JdbcEventStore store, String member, int party) {
        return store.changeRoster("E", r -> r.signUp(UUID.randomUUID(), new Registrant.Member(member), party, NOW))
                .orElseThrow().subject().orElseThrow().id();
    }

    private static RegistrationStatus status(JdbcEventStore store, String member, UUID id) {
        return store.registrationsOf(member, NOW).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().status();
    }
}
