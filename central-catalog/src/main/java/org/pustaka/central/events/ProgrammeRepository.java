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

/** SQL of the event_series table and of sessions and registrations as staff manage them. */
final class ProgrammeRepository {
    private static final String SESSION = "SELECT e.*, "
            + "(SELECT COALESCE(SUM(r.party_size), 0) FROM event_registration r WHERE r.event_id = e.event_id "
            + "AND r.status = 'CONFIRMED') AS taken, "
            + "(SELECT COUNT(*) FROM event_registration w WHERE w.event_id = e.event_id AND w.status = 'WAITLISTED') AS waiting "
            + "FROM library_event e ";

    void insertSeriesIfAbsent(Connection c, EventSeries s) throws SQLException {
        writeSeries(c, "INSERT IGNORE INTO event_series (title_id, title_en, description_id, description_en, category, "
                + "audience, series_id) VALUES (?, ?, ?, ?, ?, ?, ?)", s);
    }

    void updateSeries(Connection c, EventSeries s) throws SQLException {
        writeSeries(c, "UPDATE event_series SET title_id = ?, title_en = ?, description_id = ?, description_en = ?, "
                + "category = ?, audience = ? WHERE series_id = ?", s);
    }

    /** Gives the series' text to its sessions that start at or after {@code from} and are not cancelled. */
    int applySeriesText(Connection c, EventSeries s, Instant from) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE library_event SET title_id = ?, title_en = ?, "
                + "description_id = ?, description_en = ?, category = ?, audience = ? "
                + "WHERE series = ? AND start_at >= ? AND cancelled_at IS NULL")) {
            text(ps, s);
            ps.setString(7, s.id());
            Times.set(ps, 8, from);
            return ps.executeUpdate();
        }
    }

    Optional<EventSeries> series(Connection c, String seriesId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM event_series WHERE series_id = ?")) {
            ps.setString(1, seriesId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new EventSeries(rs.getString("series_id"), rs.getString("title_id"),
                        rs.getString("title_en"), rs.getString("description_id"), rs.getString("description_en"),
                        rs.getString("category"), rs.getString("audience"))) : Optional.empty();
            }
        }
    }

    boolean eventExists(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM library_event WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    boolean seriesExists(Connection c, String seriesId) throws SQLException {
        return series(c, seriesId).isPresent();
    }

    void setWindow(Connection c, String eventId, Instant opens, Instant closes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE library_event SET registration_opens = ?, registration_closes = ? WHERE event_id = ?")) {
            Times.set(ps, 1, opens);
            Times.set(ps, 2, closes);
            ps.setString(3, eventId);
            ps.executeUpdate();
        }
    }

    void updateSession(Connection c, String eventId, EventSeries text, SessionPlan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE library_event SET title_id = ?, title_en = ?, "
                + "description_id = ?, description_en = ?, category = ?, audience = ?, start_at = ?, end_at = ?, "
                + "room = ?, capacity = ?, waitlist = ?, registration_opens = ?, registration_closes = ? WHERE event_id = ?")) {
            text(ps, text);
            Times.set(ps, 7, p.start());
            Times.set(ps, 8, p.end());
            ps.setString(9, p.room());
            ps.setInt(10, p.capacity());
            ps.setBoolean(11, p.waitlist());
            Times.set(ps, 12, p.registrationOpens());
            Times.set(ps, 13, p.registrationCloses());
            ps.setString(14, eventId);
            ps.executeUpdate();
        }
    }

    void cancelSession(Connection c, String eventId, String reason, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE library_event SET cancelled_at = ?, cancel_reason = ? WHERE event_id = ? AND cancelled_at IS NULL")) {
            Times.set(ps, 1, now);
            ps.setString(2, reason);
            ps.setString(3, eventId);
            ps.executeUpdate();
        }
    }

    /** Sessions starting in [from, until), earliest first or (when {@code latestFirst}) latest first. */
    List<EventSession> sessions(Connection c, Instant from, Instant until, boolean latestFirst, int limit)
            throws SQLException {
        String order = latestFirst ? "DESC" : "ASC";
        return sessions(c, SESSION + "WHERE e.start_at >= ? AND e.start_at < ? ORDER BY e.start_at " + order
                + ", e.event_id LIMIT ?", ps -> {
            Times.set(ps, 1, from);
            Times.set(ps, 2, until);
            ps.setInt(3, limit);
        });
    }

    List<EventSession> sessionsOfSeries(Connection c, String seriesId) throws SQLException {
        return sessions(c, SESSION + "WHERE e.series = ? ORDER BY e.start_at, e.event_id", ps -> ps.setString(1, seriesId));
    }

    Optional<EventSession> session(Connection c, String eventId) throws SQLException {
        return sessions(c, SESSION + "WHERE e.event_id = ?", ps -> ps.setString(1, eventId)).stream().findFirst();
    }

    /** Confirmed and waiting registrations in sign-up order (waiting ones numbered), then cancelled ones. */
    List<Registration> registrations(Connection c, String eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM event_registration WHERE event_id = ? "
                + "ORDER BY CASE status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END, seq")) {
            ps.setString(1, eventId);
            List<Registration> out = new ArrayList<>();
            int position = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString("status");
                    String attendance = rs.getString("attendance");
                    out.add(new Registration(rs.getString("registration_id"), rs.getString("kiosk_id"),
                            rs.getString("member_id"), rs.getString("guest_name"), rs.getString("guest_phone"),
                            rs.getInt("party_size"), status, Times.get(rs, "created_at"),
                            attendance == null ? null : Attendance.valueOf(attendance),
                            Events.WAITLISTED.equals(status) ? ++position : 0));
                }
            }
            return out;
        }
    }

    /** Marks a confirmed registration of {@code eventId}; answers 0 when there is none. */
    int setAttendance(Connection c, String eventId, String registrationId, Attendance a, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE event_registration SET attendance = ?, attendance_at = ? "
                + "WHERE registration_id = ? AND event_id = ? AND status = 'CONFIRMED'")) {
            ps.setString(1, a.name());
            Times.set(ps, 2, now);
            ps.setString(3, registrationId);
            ps.setString(4, eventId);
            return ps.executeUpdate();
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static List<EventSession> sessions(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<EventSession> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EventSession(EventRepository.event(rs), Times.get(rs, "registration_opens"),
                            Times.get(rs, "registration_closes"), Times.get(rs, "cancelled_at"),
                            rs.getString("cancel_reason"), rs.getInt("taken"), rs.getInt("waiting")));
                }
            }
            return out;
        }
    }

    private static void writeSeries(Connection c, String sql, EventSeries s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            text(ps, s);
            ps.setString(7, s.id());
            ps.executeUpdate();
        }
    }

    private static void text(PreparedStatement ps, EventSeries s) throws SQLException {
        ps.setString(1, s.titleId());
        ps.setString(2, s.titleEn());
        ps.setString(3, s.descriptionId());
        ps.setString(4, s.descriptionEn());
        ps.setString(5, s.category());
        ps.setString(6, s.audience());
    }
}
