package org.pustaka.central.visits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.central.store.Times;

/** SQL of the visit_slot, visit_booking and visit_term tables. */
final class VisitRepository {
    private static final String SLOT = "SELECT s.slot_id, s.start_at, s.end_at, s.room, s.capacity, "
            + "NOT EXISTS (SELECT 1 FROM visit_booking b WHERE b.active_slot = s.slot_id) AS available FROM visit_slot s ";

    private static final String LINE = "SELECT b.booking_id, b.confirmation_code, b.school_name, b.npsn, b.teacher_name, "
            + "b.phone, b.email, b.students, b.grade, b.notes, b.status, b.created_at, b.staff_confirmed_at, "
            + "b.staff_confirmed_by, b.cancelled_at, b.cancelled_by, b.cancel_reason, s.slot_id, s.start_at, s.end_at, "
            + "s.room, s.capacity, NOT EXISTS (SELECT 1 FROM visit_booking x WHERE x.active_slot = s.slot_id) AS available "
            + "FROM visit_booking b JOIN visit_slot s ON s.slot_id = b.slot_id ";

    void insertSlot(Connection c, Slot s) throws SQLException {
        insert(c, s, null, false);
    }


    List<Slot> between(Connection c, Instant from, Instant until, boolean freeOnly, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM (" + SLOT + "WHERE s.start_at >= ? AND s.start_at < ?) x "
                + (freeOnly ? "WHERE x.available " : "") + "ORDER BY x.start_at, x.slot_id LIMIT ?")) {
            Times.set(ps, 1, from);
            Times.set(ps, 2, until);
            ps.setInt(3, limit);
            List<Slot> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(slot(rs));
                }
            }
            return out;
        }
    }

    /** The slot, locked for this transaction so two bookings of it go one after the other. */
    Optional<Slot> lockSlot(Connection c, String slotId) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT slot_id FROM visit_slot WHERE slot_id = ? FOR UPDATE")) {
            lock.setString(1, slotId);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
        }
        return slot(c, slotId);
    }

    Optional<Slot> slot(Connection c, String slotId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SLOT + "WHERE s.slot_id = ?")) {
            ps.setString(1, slotId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(slot(rs)) : Optional.empty();
            }
        }
    }

    /** Inserts the booking; answers false when the confirmation code is taken (the caller draws another). */
    boolean insertBooking(Connection c, String kioskId, BookingRequest b, String code, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT IGNORE INTO visit_booking (booking_id, confirmation_code, slot_id, active_slot, kiosk_id, school_name, "
                        + "npsn, teacher_name, phone, email, students, grade, notes, status, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CONFIRMED', ?)")) {
            ps.setString(1, b.id().toString());
            ps.setString(2, code);
            ps.setString(3, b.slotId());
            ps.setString(4, b.slotId());
            ps.setString(5, kioskId);
            ps.setString(6, b.schoolName());
            ps.setString(7, b.npsn());
            ps.setString(8, b.teacherName());
            ps.setString(9, b.phone());
            ps.setString(10, b.email());
            ps.setInt(11, b.students());
            ps.setString(12, b.grade());
            ps.setString(13, b.notes());
            Times.set(ps, 14, now);
            return ps.executeUpdate() == 1;
        }
    }

    Optional<Booking> byCode(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT booking_id, confirmation_code, slot_id, school_name, npsn, "
                + "teacher_name, students, grade, status FROM visit_booking WHERE confirmation_code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Slot slot = slot(c, rs.getString("slot_id")).orElse(null);
                return Optional.of(new Booking(UUID.fromString(rs.getString("booking_id")), rs.getString("confirmation_code"),
                        slot, rs.getString("school_name"), rs.getString("npsn"), rs.getString("teacher_name"),
                        rs.getInt("students"), rs.getString("grade"), rs.getString("status")));
            }
        }
    }

    /** Stores a term's definition; answers its id. */
    long insertTerm(Connection c, VisitTerm t, String by, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO visit_term (name, first_day, last_day, weekdays, "
                + "start_time, end_time, room, capacity, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, t.name());
            ps.setObject(2, t.firstDay());
            ps.setObject(3, t.lastDay());
            ps.setString(4, t.weekdayNumbers());
            ps.setObject(5, t.start());
            ps.setObject(6, t.end());
            ps.setString(7, t.room());
            ps.setInt(8, t.capacity());
            ps.setString(9, by);
            Times.set(ps, 10, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Whether another slot in the same room (rooms compare without case) overlaps {@code s}. Slots made on the
     * staff page end on the day they start, so only slots starting up to a day before are looked at.
     */
    boolean clashes(Connection c, Slot s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM visit_slot WHERE start_at > ? AND start_at < ? "
                + "AND end_at > ? AND room = ? AND slot_id <> ? LIMIT 1")) {
            Times.set(ps, 1, s.start().minus(java.time.Duration.ofDays(1)));
            Times.set(ps, 2, s.end());
            Times.set(ps, 3, s.start());
            ps.setString(4, s.room());
            ps.setString(5, s.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Adds the slot unless one with its id exists; answers whether it was added. */
    boolean insertSlotIfNew(Connection c, Slot s, Long termId) throws SQLException {
        return insert(c, s, termId, true);
    }

    private static boolean insert(Connection c, Slot s, Long termId, boolean ignoreExisting) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT " + (ignoreExisting ? "IGNORE " : "")
                + "INTO visit_slot (slot_id, start_at, end_at, room, capacity, term_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            Times.set(ps, 2, s.start());
            Times.set(ps, 3, s.end());
            ps.setString(4, s.room());
            ps.setInt(5, s.capacity());
            ps.setObject(6, termId);
            return ps.executeUpdate() == 1;
        }
    }


    /** Every booking, cancelled ones too, of the slots starting in [from, until), by slot time. */
    List<BookingLine> bookings(Connection c, Instant from, Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LINE + "WHERE s.start_at >= ? AND s.start_at < ? "
                + "ORDER BY s.start_at, s.room, b.created_at")) {
            Times.set(ps, 1, from);
            Times.set(ps, 2, until);
            List<BookingLine> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(line(rs));
                }
            }
            return out;
        }
    }

    /** The booking, locked for this transaction. */
    Optional<BookingLine> lockBooking(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LINE + "WHERE b.booking_id = ? FOR UPDATE")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(line(rs)) : Optional.empty();
            }
        }
    }

    void confirm(Connection c, UUID id, String by, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE visit_booking SET staff_confirmed_at = ?, staff_confirmed_by = ? "
                + "WHERE booking_id = ? AND status <> 'CANCELLED'")) {
            Times.set(ps, 1, now);
            ps.setString(2, by);
            ps.setString(3, id.toString());
            ps.executeUpdate();
        }
    }

    /** Cancels the booking and frees its slot (active_slot NULL) for the kiosks. */
    void cancel(Connection c, UUID id, String by, String reason, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE visit_booking SET status = 'CANCELLED', active_slot = NULL, "
                + "cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE booking_id = ? AND status <> 'CANCELLED'")) {
            Times.set(ps, 1, now);
            ps.setString(2, by);
            ps.setString(3, reason);
            ps.setString(4, id.toString());
            ps.executeUpdate();
        }
    }

    private static BookingLine line(ResultSet rs) throws SQLException {
        return new BookingLine(UUID.fromString(rs.getString("booking_id")), rs.getString("confirmation_code"), slot(rs),
                rs.getString("school_name"), rs.getString("npsn"), rs.getString("teacher_name"), rs.getString("phone"),
                rs.getString("email"), rs.getInt("students"), rs.getString("grade"), rs.getString("notes"),
                rs.getString("status"), Times.get(rs, "created_at"), Times.get(rs, "staff_confirmed_at"),
                rs.getString("staff_confirmed_by"), Times.get(rs, "cancelled_at"), rs.getString("cancelled_by"),
                rs.getString("cancel_reason"));
    }

    private static Slot slot(ResultSet rs) throws SQLException {
        return new Slot(rs.getString("slot_id"), Times.get(rs, "start_at"), Times.get(rs, "end_at"), rs.getString("room"),
                rs.getInt("capacity"), rs.getBoolean("available"));
    }
}
