package org.pustaka.kiosk.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pustaka.kiosk.events.Audience;
import org.pustaka.kiosk.events.EventCategory;
import org.pustaka.kiosk.events.EventRoster;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RosterOutcome;
import org.pustaka.kiosk.booking.Sentence;
import org.pustaka.kiosk.events.EventStore;
import org.pustaka.kiosk.store.OutboxRecord;

/** The library_event and event_registration tables. Times come back in the library's zone. */
public final class JdbcEventStore implements EventStore {
    private static final String EVENT_COLUMNS = "id, title_id, title_en, description_id, description_en, category, "
            + "starts_at, ends_at, room, audience, min_age, max_age, capacity, seats_left";

    private final Database db;
    private final ZoneId zone;

    public JdbcEventStore(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    @Override
    public void saveEvents(List<LibraryEvent> events) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO library_event (" + EVENT_COLUMNS
                    + ", updated_at) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                for (LibraryEvent e : events) {
                    ps.setString(1, e.id());
                    ps.setString(2, e.title().id());
                    ps.setString(3, e.title().en());
                    ps.setString(4, e.description().id());
                    ps.setString(5, e.description().en());
                    ps.setString(6, e.category().name());
                    ps.setObject(7, e.start().toOffsetDateTime());
                    ps.setObject(8, e.end().toOffsetDateTime());
                    ps.setString(9, e.room());
                    ps.setString(10, e.audience().name());
                    ps.setInt(11, e.minAge());
                    ps.setInt(12, e.maxAge());
                    ps.setInt(13, e.capacity());
                    ps.setInt(14, e.seatsLeft());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<LibraryEvent> events(Instant from, Instant to) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS
                    + " FROM library_event WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, id")) {
                ps.setObject(1, from.atOffset(ZoneOffset.UTC));
                ps.setObject(2, to.atOffset(ZoneOffset.UTC));
                List<LibraryEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(event(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<RosterOutcome> changeRoster(String eventId, Function<EventRoster, RosterOutcome> change) {
        return Jdbc.inTransaction(db, c -> {
            LibraryEvent event;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS
                    + " FROM library_event WHERE id = ? FOR UPDATE")) {
                ps.setString(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    event = event(rs);
                }
            }
            List<Registration> registrations = RegistrationRows.select(c,
                    "WHERE event_id = ? ORDER BY seq", ps -> ps.setString(1, eventId));
            RosterOutcome outcome = change.apply(new EventRoster(event, registrations));
            for (Registration r : outcome.changed()) {
                RegistrationRows.upsert(c, r);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE library_event SET seats_left = ?, "
                    + "updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
                ps.setInt(1, outcome.event().seatsLeft());
                ps.setString(2, eventId);
                ps.executeUpdate();
            }
            return Optional.of(outcome);
        });
    }

    @Override
    public void saveRegistration(Registration registration, OutboxRecord report) {
        Jdbc.inTransaction(db, c -> {
            RegistrationRows.upsert(c, registration);
            if (report != null) {
                JdbcOutboxStore.insert(c, report);
            }
            return null;
        });
    }

    @Override
    public Optional<LibraryEvent> event(String id) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM library_event WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(event(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Registration> registrationsOf(String memberId, Instant after) {
        return Jdbc.inTransaction(db, c -> RegistrationRows.select(c,
                "WHERE member_id = ? AND event_id IN (SELECT id FROM library_event WHERE ends_at > ?) "
                        + "ORDER BY (SELECT starts_at FROM library_event e WHERE e.id = event_id), seq",
                ps -> {
                    ps.setString(1, memberId);
                    ps.setObject(2, after.atOffset(ZoneOffset.UTC));
                }));
    }

    private LibraryEvent event(ResultSet rs) throws SQLException {
        return new LibraryEvent(rs.getString(1), new Sentence(rs.getString(2), rs.getString(3)),
                new Sentence(rs.getString(4), rs.getString(5)), EventCategory.parse(rs.getString(6)),
                rs.getObject(7, OffsetDateTime.class).atZoneSameInstant(zone),
                rs.getObject(8, OffsetDateTime.class).atZoneSameInstant(zone), rs.getString(9),
                Audience.parse(rs.getString(10)), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14));
    }
}
