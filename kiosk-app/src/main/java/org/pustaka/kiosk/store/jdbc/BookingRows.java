package org.pustaka.kiosk.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitSlot;

/** Reading and writing visit_booking rows within a caller's transaction. */
final class BookingRows {
    private static final String COLUMNS = "id, code, first_code, slot_id, school_name, npsn, teacher_name, phone, "
            + "email, students, grade, notes, status, offered_slots, note, created_at";

    /** A row before its slots are joined in. */
    record Row(UUID id, String code, String slotId, VisitRequest request, BookingStatus status,
               List<String> offeredIds, Instant createdAt, String note) {
        VisitBooking toBooking(VisitSlot slot, List<VisitSlot> offered) {
            return new VisitBooking(id, code, slot, request, status, offered, createdAt, note);
        }
    }

    private BookingRows() {
    }

    static Optional<Row> select(Connection c, String where, RowBinder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM visit_booking b " + where)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                VisitRequest request = new VisitRequest(rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10),
                        GradeLevel.valueOf(rs.getString(11)), rs.getString(12));
                String offered = rs.getString(14);
                List<String> ids = offered == null || offered.isEmpty() ? List.of() : Arrays.asList(offered.split(","));
                return Optional.of(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(4), request,
                        BookingStatus.valueOf(rs.getString(13)), ids,
                        rs.getObject(16, OffsetDateTime.class).toInstant(), rs.getString(15)));
            }
        }
    }

    static void insert(Connection c, VisitBooking b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO visit_booking (" + COLUMNS
                + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            VisitRequest r = b.request();
            ps.setObject(1, b.id());
            ps.setString(2, b.code());
            ps.setString(3, b.code());
            ps.setString(4, b.slot().id());
            ps.setString(5, r.schoolName());
            ps.setString(6, r.npsn());
            ps.setString(7, r.teacherName());
            ps.setString(8, r.phone());
            ps.setString(9, r.email());
            ps.setInt(10, r.students());
            ps.setString(11, r.grade().name());
            ps.setString(12, r.notes());
            ps.setString(13, b.status().name());
            ps.setString(14, offeredIds(b));
            ps.setString(15, b.note());
            ps.setObject(16, b.createdAt().atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    static void update(Connection c, VisitBooking b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE visit_booking SET code = ?, status = ?, "
                + "offered_slots = ?, note = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
            ps.setString(1, b.code());
            ps.setString(2, b.status().name());
            ps.setString(3, offeredIds(b));
            ps.setString(4, b.note());
            ps.setObject(5, b.id());
            ps.executeUpdate();
        }
    }

    private static String offeredIds(VisitBooking b) {
        return b.offered().stream().map(VisitSlot::id).collect(Collectors.joining(","));
    }
}
