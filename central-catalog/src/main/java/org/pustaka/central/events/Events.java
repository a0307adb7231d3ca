package org.pustaka.central.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.store.Tx;

/**
 * Library events and their sign-ups. Each sign-up or cancellation locks its event row, so seats are counted
 * one change at a time across every replica. A sign-up is confirmed when its whole party fits, otherwise
 * waitlisted when the event keeps a list, otherwise refused {@code EVENT_FULL}; a cancelled session refuses
 * {@code EVENT_CANCELLED} and one outside its registration window {@code REGISTRATION_CLOSED}. A cancellation
 * of a confirmed registration (by a kiosk or by staff) promotes the waiting list by {@link WaitlistPromotion}
 * in the same transaction.
 */
public final class Events {
    public static final String CONFIRMED = "CONFIRMED";
    public static final String WAITLISTED = "WAITLISTED";
    public static final String CANCELLED = "CANCELLED";

    private final Tx tx;
    private final Clock clock;
    private final ZoneId zone;
    private final EventRepository repo = new EventRepository();

    public Events(Tx tx, Clock clock, ZoneId zone) {
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
    }

    /** Adds a session; a series it names that has no row yet takes this session's text. */
    public void add(LibraryEvent event) throws SQLException {
        tx.run(c -> {
            repo.insertEvent(c, event);
            if (!event.series().isEmpty()) {
                new ProgrammeRepository().insertSeriesIfAbsent(c, new EventSeries(event.series(), event.titleId(),
                        event.titleEn(), event.descriptionId(), event.descriptionEn(), event.category(), event.audience()));
            }
            return null;
        });
    }

    /** Events not cancelled starting on the local dates {@code from} to {@code to}, both included, earliest first. */
    public List<EventSeats> between(LocalDate from, LocalDate to) throws SQLException {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return tx.read(c -> repo.between(c, start, end));
    }

    /** Signs up inside the caller's transaction (which stores the answer with it). */
    public RegistrationOutcome register(Connection c, String kioskId, String eventId, SignUp s) throws SQLException {
        LibraryEvent e = repo.lockEvent(c, eventId).orElseThrow(() -> new Refused(Refused.Kind.NOT_FOUND,
                "EVENT_UNKNOWN", "Acara ini tidak ada (lagi). Pilih acara dari daftar terbaru.",
                "There is no such event (any more). Choose one from the current list."));
        Instant now = clock.instant();
        refuseOutsideWindow(repo.window(c, eventId), now);
        int left = e.capacity() - repo.seatsTaken(c, eventId);
        if (s.partySize() <= left) {
            repo.insertRegistration(c, eventId, kioskId, s, CONFIRMED, now);
            return new RegistrationOutcome(s.id(), eventId, CONFIRMED, null, left - s.partySize());
        }
        if (!e.waitlist() || s.partySize() > e.capacity()) {
            throw new Refused(Refused.Kind.CONFLICT, "EVENT_FULL",
                    "Acara ini penuh (sisa " + left + " kursi) dan tidak memakai daftar tunggu.",
                    "This event is full (" + left + " seats left) and keeps no waiting list.");
        }
        repo.insertRegistration(c, eventId, kioskId, s, WAITLISTED, now);
        int position = repo.waitlistPosition(c, eventId, s.id().toString());
        return new RegistrationOutcome(s.id(), eventId, WAITLISTED, position, left);
    }

    /** Cancels; a registration already cancelled answers {@code CANCELLED} again. */
    public RegistrationOutcome cancel(String eventId, String registrationId) throws SQLException {
        return tx.run(c -> {
            if (repo.lockEvent(c, eventId).isEmpty()) {
                throw unknownRegistration();
            }
            EventRepository.Row r = repo.registration(c, registrationId)
                    .filter(row -> row.eventId().equals(eventId))
                    .orElseThrow(Events::unknownRegistration);
            if (!CANCELLED.equals(r.status())) {
                repo.setStatus(c, registrationId, CANCELLED, clock.instant());
                if (CONFIRMED.equals(r.status())) {
                    WaitlistPromotion.apply(c, repo, eventId, repo.lockEvent(c, eventId).orElseThrow().capacity());
                }
            }
            int left = repo.lockEvent(c, eventId).orElseThrow().capacity() - repo.seatsTaken(c, eventId);
            return new RegistrationOutcome(java.util.UUID.fromString(registrationId), eventId, CANCELLED, null, left);
        });
    }

    private static void refuseOutsideWindow(EventRepository.Window w, Instant now) {
        if (w.cancelledAt() != null) {
            throw new Refused(Refused.Kind.CONFLICT, "EVENT_CANCELLED",
                    "Acara ini dibatalkan oleh perpustakaan. Pilih acara lain dari daftar terbaru.",
                    "The library has cancelled this event. Choose another one from the current list.");
        }
        if ((w.opens() != null && now.isBefore(w.opens())) || (w.closes() != null && !now.isBefore(w.closes()))) {
            throw new Refused(Refused.Kind.CONFLICT, "REGISTRATION_CLOSED",
                    "Pendaftaran acara ini sedang tidak dibuka. Lihat jadwal pendaftaran di papan acara.",
                    "Registration for this event is not open now. See the sign-up dates on the events board.");
        }
    }

    private static Refused unknownRegistration() {
        return new Refused(Refused.Kind.NOT_FOUND, "REGISTRATION_UNKNOWN",
                "Pendaftaran ini tidak ada untuk acara tersebut.", "There is no such registration for this event.");
    }
}
