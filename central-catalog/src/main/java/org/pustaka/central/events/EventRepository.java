package org.pustaka.central.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pustaka.central.store.Times;

/** SQL of the library_event and event_registration tables. */
final class EventRepository {
    private static final String SEATS_TAKEN = "(SELECT COALESCE(SUM(r.party_size), 0) FROM event_registration r "
            + "WHERE r.event_id = e.event_id AND r.status = 'CONFIRMED')";

    /** When a session takes sign-ups, and whether it was cancelled. */
    record Window(Instant opens, Instant closes, Instant cancelledAt) {
    }

    /** A registration row as circulation of seats needs it. */
    record Row(String id, String eventId, int partySize, String status) {
    }

    void insertEvent(Connection c, LibraryEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO library_event (event_id, series, title_id, title_en, description_id, description_en, category, "
                        + "start_at, end_at, room, audience, age_min, age_max, capacity, waitlist) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.id());
            ps.setString(2, e.series());
            ps.setString(3, e.titleId());
            ps.setString(4, e.titleEn());
            ps.setString(5, e.descriptionId());
            ps.setString(6, e.descriptionEn());
            ps.setString(7, e.category());
            Times.set(ps, 8, e.start());
            Times.set(ps, 9, e.end());
            ps.setString(10, e.room());
            ps.setString(11, e.audience());
            ps.setInt(12, e.ageMin());
            ps.setInt(13, e.ageMax());
            ps.setInt(14, e.capacity());
            ps.setBoolean(15, e.waitlist());
            ps.executeUpdate();
        }
    }

    List<EventSeats> between(Connection c, Instant from, Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.*, " + SEATS_TAKEN + " AS taken FROM library_event e "
                + "WHERE e.start_at >= ? AND e.start_at < ? AND e.cancelled_at IS NULL ORDER BY e.start_at, e.event_id")) {
            Times.set(ps, 1, from);
            Times.set(ps, 2, until);
            List<EventSeats> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LibraryEvent e = event(rs);
                    out.add(new EventSeats(e, e.capacity() - rs.getInt("taken")));
                }
            }
            return out;
        }
    }

    /** The event, locked for this transaction: sign-ups and cancellations of one event go one at a time. */
    Optional<LibraryEvent> lockEvent(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM library_event WHERE event_id = ? FOR UPDATE")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(event(rs)) : Optional.empty();
            }
        }
    }

    Window window(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT registration_opens, registration_closes, cancelled_at "
                + "FROM library_event WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Window(Times.get(rs, "registration_opens"), Times.get(rs, "registration_closes"),
                        Times.get(rs, "cancelled_at"));
            }
        }
    }

    int seatsTaken(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(party_size), 0) FROM event_registration "
                + "WHERE event_id = ? AND status = 'CONFIRMED'")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    void insertRegistration(Connection c, String eventId, String kioskId, SignUp s, String status, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_registration (registration_id, event_id, kiosk_id, member_id, guest_name, guest_phone, "
                        + "party_size, language, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id().toString());
            ps.setString(2, eventId);
            ps.setString(3, kioskId);
            ps.setString(4, s.memberId());
            ps.setString(5, s.guestName());
            ps.setString(6, s.guestPhone());
            ps.setInt(7, s.partySize());
            ps.setString(8, s.language());
            ps.setString(9, status);
            Times.set(ps, 10, now);
            ps.executeUpdate();
        }
    }

    Optional<Row> registration(Connection c, String registrationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT registration_id, event_id, party_size, status FROM event_registration WHERE registration_id = ?")) {
            ps.setString(1, registrationId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** The 1-based place of a waitlisted registration. */
    int waitlistPosition(Connection c, String eventId, String registrationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM event_registration w WHERE w.event_id = ? "
                + "AND w.status = 'WAITLISTED' AND w.seq <= (SELECT seq FROM event_registration WHERE registration_id = ?)")) {
            ps.setString(1, eventId);
            ps.setString(2, registrationId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    List<Row> waitlist(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT registration_id, event_id, party_size, status "
                + "FROM event_registration WHERE event_id = ? AND status = 'WAITLISTED' ORDER BY seq")) {
            ps.setString(1, eventId);
            List<Row> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        }
    }

    void setStatus(Connection c, String registrationId, String status, Instant cancelledAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE event_registration SET status = ?, cancelled_at = ? WHERE registration_id = ?")) {
            ps.setString(1, status);
            Times.set(ps, 2, cancelledAt);
            ps.setString(3, registrationId);
            ps.executeUpdate();
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("registration_id"), rs.getString("event_id"), rs.getInt("party_size"),
                rs.getString("status"));
    }

    static LibraryEvent event(ResultSet rs) throws SQLException {
        return new LibraryEvent(rs.getString("event_id"), rs.getString("series"), rs.getString("title_id"),
                rs.getString("title_en"), rs.getString("description_id"), rs.getString("description_en"),
                rs.getString("category"), Times.get(rs, "start_at"), Times.get(rs, "end_at"), rs.getString("room"),
                rs.getString("audience"), rs.getInt("age_min"), rs.getInt("age_max"), rs.getInt("capacity"),
                rs.getBoolean("waitlist"));
    }
}
