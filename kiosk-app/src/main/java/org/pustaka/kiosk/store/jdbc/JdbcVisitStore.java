package org.pustaka.kiosk.store.jdbc;

import java.sql.Connection;
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
import java.util.UUID;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.visits.VisitStore;
import org.pustaka.kiosk.visits.ConfirmationCode;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitSlot;

/**
 * The visit_slot and visit_booking tables. A slot is free when the central catalog has not marked it
 * taken and no CONFIRMED or PENDING booking here holds it; {@link #reserve} checks that under a row
 * lock on the slot, so one slot never gets two bookings.
 */
public final class JdbcVisitStore implements VisitStore {
    static final String SLOT_SELECT = "SELECT s.id, s.starts_at, s.ends_at, s.room, s.capacity, "
            + "(NOT s.taken_elsewhere AND NOT EXISTS (SELECT 1 FROM visit_booking b WHERE b.slot_id = s.id "
            + "AND b.status IN ('CONFIRMED', 'PENDING'))) FROM visit_slot s ";

    private final Database db;
    private final ZoneId zone;

    public JdbcVisitStore(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    @Override
    public void saveSlots(List<VisitSlot> slots) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO visit_slot (id, starts_at, ends_at, room, "
                    + "capacity, taken_elsewhere, updated_at) KEY (id) VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                for (VisitSlot s : slots) {
                    ps.setString(1, s.id());
                    ps.setObject(2, s.start().toOffsetDateTime());
                    ps.setObject(3, s.end().toOffsetDateTime());
                    ps.setString(4, s.room());
                    ps.setInt(5, s.capacity());
                    ps.setBoolean(6, !s.free() && !heldHere(c, s.id()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<VisitSlot> slots(Instant from, Instant to) {
        return Jdbc.inTransaction(db, c -> slots(c, "WHERE s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at, s.id",
                ps -> {
                    ps.setObject(1, from.atOffset(ZoneOffset.UTC));
                    ps.setObject(2, to.atOffset(ZoneOffset.UTC));
                }));
    }

    @Override
    public Reservation reserve(VisitBooking booking, OutboxRecord report) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT id FROM visit_slot WHERE id = ? FOR UPDATE")) {
                lock.setString(1, booking.slot().id());
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next()) {
                        return Reservation.NO_SUCH_SLOT;
                    }
                }
            }
            List<VisitSlot> slot = slots(c, "WHERE s.id = ?", ps -> ps.setString(1, booking.slot().id()));
            if (!slot.get(0).free()) {
                return Reservation.SLOT_TAKEN;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM visit_booking WHERE code = ? OR first_code = ?")) {
                ps.setString(1, booking.code());
                ps.setString(2, booking.code());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Reservation.CODE_IN_USE;
                    }
                }
            }
            BookingRows.insert(c, booking);
            if (report != null) {
                JdbcOutboxStore.insert(c, report);
            }
            return Reservation.BOOKED;
        });
    }

    @Override
    public void update(VisitBooking booking) {
        Jdbc.inTransaction(db, c -> {
            BookingRows.update(c, booking);
            return null;
        });
    }

    @Override
    public Optional<VisitBooking> byCode(String code) {
        String key = ConfirmationCode.compact(code);
        return Jdbc.inTransaction(db, c -> first(c,
                "WHERE REPLACE(b.code, '-', '') = ? OR REPLACE(b.first_code, '-', '') = ?", ps -> {
                    ps.setString(1, key);
                    ps.setString(2, key);
                }));
    }

    @Override
    public Optional<VisitBooking> byId(UUID id) {
        return Jdbc.inTransaction(db, c -> first(c, "WHERE b.id = ?", ps -> ps.setObject(1, id)));
    }

    private Optional<VisitBooking> first(Connection c, String where, RowBinder binder) throws SQLException {
        Optional<BookingRows.Row> row = BookingRows.select(c, where, binder);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        BookingRows.Row r = row.get();
        List<VisitSlot> slot = slots(c, "WHERE s.id = ?", ps -> ps.setString(1, r.slotId()));
        List<VisitSlot> offered = new ArrayList<>();
        for (String id : r.offeredIds()) {
            offered.addAll(slots(c, "WHERE s.id = ?", ps -> ps.setString(1, id)));
        }
        return Optional.of(r.toBooking(slot.get(0), offered));
    }

    private List<VisitSlot> slots(Connection c, String where, RowBinder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SLOT_SELECT + where)) {
            binder.bind(ps);
            List<VisitSlot> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new VisitSlot(rs.getString(1), rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(zone),
                            rs.getObject(3, OffsetDateTime.class).atZoneSameInstant(zone), rs.getString(4),
                            rs.getInt(5), rs.getBoolean(6)));
                }
            }
            return out;
        }
    }

    /** A slot this kiosk has a booking on is not "taken elsewhere" even when the central listing says taken. */
    private static boolean heldHere(Connection c, String slotId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM visit_booking WHERE slot_id = ? "
                + "AND status IN ('CONFIRMED', 'PENDING')")) {
            ps.setString(1, slotId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
