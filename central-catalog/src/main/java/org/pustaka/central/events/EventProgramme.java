package org.pustaka.central.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.store.Tx;

/**
 * The library's programme as staff run it: series and their sessions, attendance and cancelled sessions.
 * Changes that free seats (a larger capacity here, a cancelled registration in {@link Events#cancel}) lock the
 * session's row and promote its waiting list in the same transaction, the same rule the kiosk API's path uses.
 * Every method blocks on the database; refusals are {@link Refused} with sentences in both languages.
 */
public final class EventProgramme {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT);

    private final Tx tx;
    private final Clock clock;
    private final ZoneId zone;
    private final EventRepository events = new EventRepository();
    private final ProgrammeRepository programme = new ProgrammeRepository();

    public EventProgramme(Tx tx, Clock clock, ZoneId zone) {
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
    }

    /** A new series (its id made from the Indonesian title) with its first session; answers the session's id. */
    public String create(EventSeries text, SessionPlan plan) throws SQLException {
        check(plan);
        return tx.run(c -> {
            String seriesId = freeId(c, slug(text.titleId()), true);
            EventSeries s = withId(text, seriesId);
            programme.insertSeriesIfAbsent(c, s);
            return insertSession(c, s, plan);
        });
    }

    /** Adds a session to a series; answers its id. */
    public String addSession(String seriesId, SessionPlan plan) throws SQLException {
        check(plan);
        return tx.run(c -> insertSession(c, programme.series(c, seriesId).orElseThrow(EventProgramme::unknown), plan));
    }

    /** Changes a series' text and gives it to its sessions that have not started and are not cancelled. */
    public int updateSeries(EventSeries text) throws SQLException {
        EventSeries s = withId(text, text.id());
        return tx.run(c -> {
            if (!programme.seriesExists(c, s.id())) {
                throw unknown();
            }
            programme.updateSeries(c, s);
            return programme.applySeriesText(c, s, clock.instant());
        });
    }

    /**
     * Changes one session; a capacity below the seats already confirmed is refused. Answers how many waiting
     * registrations a larger capacity confirmed.
     */
    public int updateSession(String eventId, EventSeries series, SessionPlan plan) throws SQLException {
        check(plan);
        EventSeries text = withId(series, series.id());
        return tx.run(c -> {
            events.lockEvent(c, eventId).orElseThrow(EventProgramme::unknown);
            if (events.window(c, eventId).cancelledAt() != null) {
                throw new Refused(Refused.Kind.CONFLICT, "EVENT_CANCELLED",
                        "Sesi ini sudah dibatalkan dan tidak bisa diubah.", "This session is cancelled and cannot be changed.");
            }
            int taken = events.seatsTaken(c, eventId);
            if (plan.capacity() < taken) {
                throw Refused.invalid("Kapasitas tidak boleh kurang dari " + taken + " kursi yang sudah terisi. "
                                + "Batalkan pendaftaran dulu bila perlu.",
                        "The capacity cannot be below the " + taken + " seats already taken. Cancel registrations first if needed.");
            }
            programme.updateSession(c, eventId, text, plan);
            return WaitlistPromotion.apply(c, events, eventId, plan.capacity());
        });
    }

    /** Cancels a session with a reason; answers the registrations that were active, for staff to call. */
    public List<Registration> cancelSession(String eventId, String reason) throws SQLException {
        if (reason == null || reason.isBlank()) {
            throw Refused.invalid("Tulis alasan pembatalan.", "Write the reason for cancelling.");
        }
        return tx.run(c -> {
            events.lockEvent(c, eventId).orElseThrow(EventProgramme::unknown);
            programme.cancelSession(c, eventId, reason.strip(), clock.instant());
            return programme.registrations(c, eventId).stream().filter(r -> !Events.CANCELLED.equals(r.status())).toList();
        });
    }

    public void markAttendance(String eventId, String registrationId, Attendance a) throws SQLException {
        int marked = tx.run(c -> programme.setAttendance(c, eventId, registrationId, a, clock.instant()));
        if (marked == 0) {
            throw new Refused(Refused.Kind.NOT_FOUND, "REGISTRATION_UNKNOWN",
                    "Kehadiran hanya dicatat untuk pendaftaran yang terkonfirmasi pada sesi ini.",
                    "Attendance is recorded only for confirmed registrations of this session.");
        }
    }

    public Optional<EventSession> session(String eventId) throws SQLException {
        return tx.read(c -> programme.session(c, eventId));
    }

    public Optional<EventSeries> series(String seriesId) throws SQLException {
        return tx.read(c -> programme.series(c, seriesId));
    }

    public List<EventSession> sessionsOfSeries(String seriesId) throws SQLException {
        return tx.read(c -> programme.sessionsOfSeries(c, seriesId));
    }

    /** Sessions that start from now on, earliest first. */
    public List<EventSession> upcoming(int limit) throws SQLException {
        Instant now = clock.instant();
        return tx.read(c -> programme.sessions(c, now, now.plus(Duration.ofDays(3660)), false, limit));
    }

    /** Sessions that started before now, latest first. */
    public List<EventSession> past(int limit) throws SQLException {
        Instant now = clock.instant();
        return tx.read(c -> programme.sessions(c, Instant.EPOCH, now, true, limit));
    }

    /** Sessions starting in [from, until), earliest first, cancelled ones included: the public schedule. */
    public List<EventSession> between(Instant from, Instant until, int limit) throws SQLException {
        return tx.read(c -> programme.sessions(c, from, until, false, limit));
    }

    public List<Registration> registrations(String eventId) throws SQLException {
        return tx.read(c -> programme.registrations(c, eventId));
    }

    public ZoneId zone() {
        return zone;
    }

    private String insertSession(Connection c, EventSeries s, SessionPlan p) throws SQLException {
        String id = freeId(c, s.id() + "-" + ID_TIME.format(p.start().atZone(zone)), false);
        events.insertEvent(c, new LibraryEvent(id, s.id(), s.titleId(), s.titleEn(), s.descriptionId(), s.descriptionEn(),
                s.category(), p.start(), p.end(), p.room(), s.audience(), 0, 0, p.capacity(), p.waitlist()));
        programme.setWindow(c, id, p.registrationOpens(), p.registrationCloses());
        return id;
    }

    private String freeId(Connection c, String base, boolean series) throws SQLException {
        String id = base;
        for (int n = 2; series ? programme.seriesExists(c, id) : programme.eventExists(c, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower-case letters, digits and hyphens of the title, at most 60 characters, "acara" when none are left. */
    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "acara" : s;
    }

    /** The series under {@code id}; an English title left empty is the Indonesian one, as kiosks need both. */
    private static EventSeries withId(EventSeries s, String id) {
        return new EventSeries(id, s.titleId(), s.titleEn().isBlank() ? s.titleId() : s.titleEn(), s.descriptionId(),
                s.descriptionEn(), s.category(), s.audience());
    }

    private static void check(SessionPlan p) {
        if (!p.end().isAfter(p.start())) {
            throw Refused.invalid("Waktu selesai harus sesudah waktu mulai.", "The end must be after the start.");
        }
        if (p.capacity() < 1) {
            throw Refused.invalid("Kapasitas minimal 1 kursi.", "The capacity must be at least 1 seat.");
        }
        if (p.registrationOpens() != null && p.registrationCloses() != null
                && !p.registrationCloses().isAfter(p.registrationOpens())) {
            throw Refused.invalid("Pendaftaran harus ditutup sesudah dibuka.", "Registration must close after it opens.");
        }
    }

    private static Refused unknown() {
        return new Refused(Refused.Kind.NOT_FOUND, "EVENT_UNKNOWN", "Acara ini tidak ada (lagi).",
                "There is no such event (any more).");
    }
}
