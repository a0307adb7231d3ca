package org.pustaka.central.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pustaka.central.CentralService;
import org.pustaka.central.config.ConfigReader;
import org.pustaka.central.http.TestServices;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.store.Tx;
import org.pustaka.embedded.EmbeddedMariaDb;

/** The programme's rules on the real schema (embedded MariaDB, migrated by Flyway) with a fixed clock. */
class EventProgrammeTest {
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static CentralService service;
    private static Tx tx;
    private static Events events;
    private static EventProgramme programme;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedMariaDb db = TestServices.mariaDb();
        String name = "central_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        db.createDatabase(name);
        Map<String, String> env = new HashMap<>();
        env.put(ConfigReader.envName("db.url"), db.jdbcUrl(name));
        env.put(ConfigReader.envName("db.user"), "root");
        env.put(ConfigReader.envName("db.password"), "");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service = CentralService.open(ConfigReader.read(null, env), clock);
        service.migrate();
        tx = new Tx(service.dataSource());
        events = new Events(tx, clock, JAKARTA);
        programme = new EventProgramme(tx, clock, JAKARTA);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static SessionPlan plan(int daysAhead, int capacity) {
        Instant start = NOW.plus(Duration.ofDays(daysAhead));
        return new SessionPlan(start, start.plus(Duration.ofHours(2)), "Ruang Baca", capacity, true, null, null);
    }

    private static EventSeries text(String title) {
        return new EventSeries("", title, "", "Deskripsi", "", EventCategory.DISKUSI_BUKU_BULANAN.code(), "Umum");
    }

    private static RegistrationOutcome signUp(String eventId, UUID id, int party) throws SQLException {
        return tx.run(c -> events.register(c, "MLG-01", eventId, new SignUp(id, "M" + party, null, null, party, "id")));
    }

    private static String status(String eventId, UUID id) throws SQLException {
        return programme.registrations(eventId).stream().filter(r -> r.id().equals(id.toString())).findFirst()
                .orElseThrow().status();
    }

    @Test
    void aLargerCapacityPromotesTheWaitingListInOrderAndASmallerOneThanTakenIsRefused() throws Exception {
        String id = programme.create(text("Diskusi Kapasitas"), plan(3, 3));
        UUID a = UUID.randomUUID();
        UUID big = UUID.randomUUID();
        UUID small = UUID.randomUUID();
        assertThat(signUp(id, a, 3).status()).isEqualTo(Events.CONFIRMED);
        assertThat(signUp(id, big, 3).waitlistPosition()).isEqualTo(1);
        assertThat(signUp(id, small, 1).waitlistPosition()).isEqualTo(2);

        assertThatThrownBy(() -> programme.updateSession(id, text("Diskusi Kapasitas"), plan(3, 2)))
                .isInstanceOf(Refused.class).hasMessageContaining("below the 3 seats");
        assertThat(programme.session(id).orElseThrow().event().capacity()).isEqualTo(3);

        assertThat(programme.updateSession(id, text("Diskusi Kapasitas"), plan(3, 5))).as("3 does not fit in 2, so nobody jumps it")
                .isZero();
        assertThat(status(id, small)).isEqualTo(Events.WAITLISTED);
        assertThat(programme.updateSession(id, text("Diskusi Kapasitas"), plan(3, 6))).isEqualTo(1);
        assertThat(status(id, big)).isEqualTo(Events.CONFIRMED);
        assertThat(status(id, small)).isEqualTo(Events.WAITLISTED);
        assertThat(programme.updateSession(id, text("Diskusi Kapasitas"), plan(3, 7))).isEqualTo(1);
        assertThat(status(id, small)).isEqualTo(Events.CONFIRMED);
        assertThat(programme.session(id).orElseThrow().seatsTaken()).isEqualTo(7);
    }

    @Test
    void aCancellationFreesTheSeatForTheFirstWaiting() throws Exception {
        String id = programme.create(text("Diskusi Pembatalan"), plan(4, 1));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        signUp(id, first, 1);
        signUp(id, second, 1);
        signUp(id, third, 1);
        events.cancel(id, first.toString());
        assertThat(status(id, second)).isEqualTo(Events.CONFIRMED);
        List<Registration> list = programme.registrations(id);
        assertThat(list).extracting(Registration::status).containsExactly(Events.CONFIRMED, Events.WAITLISTED, Events.CANCELLED);
        assertThat(list.get(1).waitlistPosition()).isEqualTo(1);
    }

    @Test
    void theSeriesTextReachesSessionsNotYetStartedOnly() throws Exception {
        String first = programme.create(text("Literasi Digital Remaja"), plan(5, 10));
        String seriesId = programme.session(first).orElseThrow().event().series();
        assertThat(seriesId).isEqualTo("literasi-digital-remaja");
        String second = programme.addSession(seriesId, plan(12, 10));
        programme.cancelSession(second, "Libur nasional");
        String third = programme.addSession(seriesId, plan(19, 10));
        tx.run(c -> c.createStatement().executeUpdate("UPDATE library_event SET start_at = '2026-11-01 02:00:00' WHERE event_id = '" + first + "'"));

        EventSeries changed = new EventSeries(seriesId, "Literasi Digital untuk Remaja", "", "Baru", "", "literasi-digital", "13-18 tahun");
        assertThat(programme.updateSeries(changed)).isEqualTo(1);
        assertThat(programme.session(third).orElseThrow().event().titleEn()).as("an empty English title is the Indonesian")
                .isEqualTo("Literasi Digital untuk Remaja");
        assertThat(programme.session(first).orElseThrow().event().titleId()).isEqualTo("Literasi Digital Remaja");
        assertThat(programme.session(second).orElseThrow().event().titleId()).isEqualTo("Literasi Digital Remaja");
        assertThat(programme.create(text("Literasi Digital Remaja"), plan(6, 5))).startsWith("literasi-digital-remaja-2-");
    }

    @Test
    void aCancelledSessionRefusesSignUpsAndListsWhomToCall() throws Exception {
        String id = programme.create(text("Bengkel Batal"), plan(8, 5));
        UUID kept = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        signUp(id, kept, 1);
        signUp(id, gone, 1);
        events.cancel(id, gone.toString());
        assertThat(programme.cancelSession(id, "Hujan deras")).extracting(Registration::id).containsExactly(kept.toString());
        assertThatThrownBy(() -> signUp(id, UUID.randomUUID(), 1)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).code()).isEqualTo("EVENT_CANCELLED"));
        assertThatThrownBy(() -> programme.cancelSession(id, " ")).isInstanceOf(Refused.class);
        assertThat(events.between(NOW.atZone(JAKARTA).toLocalDate(), NOW.atZone(JAKARTA).toLocalDate().plusDays(30)))
                .extracting(s -> s.event().id()).doesNotContain(id);
    }

    @Test
    void attendanceIsForConfirmedRegistrationsOfThatSession() throws Exception {
        String id = programme.create(text("Diskusi Hadir"), plan(9, 1));
        UUID in = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        signUp(id, in, 1);
        signUp(id, waiting, 1);
        programme.markAttendance(id, in.toString(), Attendance.ABSENT);
        programme.markAttendance(id, in.toString(), Attendance.ATTENDED);
        assertThat(programme.registrations(id).get(0).attendance()).isEqualTo(Attendance.ATTENDED);
        assertThatThrownBy(() -> programme.markAttendance(id, waiting.toString(), Attendance.ATTENDED)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> programme.markAttendance("lain", in.toString(), Attendance.ATTENDED)).isInstanceOf(Refused.class);
    }

    @Test
    void slugsKeepLettersDigitsAndHyphens() {
        assertThat(EventProgramme.slug("Diskusi Buku: Bumi Manusia!")).isEqualTo("diskusi-buku-bumi-manusia");
        assertThat(EventProgramme.slug("Café <script>")).isEqualTo("cafe-script");
        assertThat(EventProgramme.slug("<<>>")).isEqualTo("acara");
        assertThat(EventProgramme.slug("a".repeat(80))).hasSize(60);
    }
}
