package org.pustaka.kiosk.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pustaka.kiosk.events.Registrant;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationStatus;

/** Reading and writing event_registration rows within a caller's transaction. */
final class RegistrationRows {
    private static final String COLUMNS =
            "id, event_id, member_id, guest_name, guest_phone, party_size, status, waitlist_pos, note, created_at";

    private RegistrationRows() {
    }

    static List<Registration> select(Connection c, String where, RowBinder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM event_registration " + where)) {
            binder.bind(ps);
            List<Registration> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String member = rs.getString(3);
                    Registrant who = member != null ? new Registrant.Member(member)
                            : new Registrant.Guest(rs.getString(4), rs.getString(5));
                    out.add(new Registration(rs.getObject(1, UUID.class), rs.getString(2), who, rs.getInt(6),
                            RegistrationStatus.valueOf(rs.getString(7)), rs.getInt(8), rs.getObject(10,
                            OffsetDateTime.class).toInstant(), rs.getString(9)));
                }
            }
            return out;
        }
    }

    /** Inserts a new registration (taking the next sign-up order) or updates the status of an existing one. */
    static void upsert(Connection c, Registration r) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE event_registration SET status = ?, waitlist_pos = ?, "
                + "note = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
            up.setString(1, r.status().name());
            up.setInt(2, r.waitlistPosition());
            up.setString(3, r.note());
            up.setObject(4, r.id());
            if (up.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_registration (" + COLUMNS
                + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            ps.setObject(1, r.id());
            ps.setString(2, r.eventId());
            if (r.registrant() instanceof Registrant.Member m) {
                ps.setString(3, m.memberId());
                ps.setString(4, null);
                ps.setString(5, null);
            } else if (r.registrant() instanceof Registrant.Guest g) {
                ps.setString(3, null);
                ps.setString(4, g.name());
                ps.setString(5, g.phone());
            }
            ps.setInt(6, r.partySize());
            ps.setString(7, r.status().name());
            ps.setInt(8, r.waitlistPosition());
            ps.setString(9, r.note());
            ps.setObject(10, r.createdAt().atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }
}
