package org.pustaka.central.cards;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.pustaka.central.store.Times;

/** SQL of the card_pairing and card_pairing_log tables. */
final class CardRepository {

    Optional<Cards.Pairing> find(Connection c, String uid, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT uid, member_id, paired_at, paired_by FROM card_pairing WHERE uid = ?" + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Cards.Pairing(rs.getString("uid"), rs.getString("member_id"),
                        Times.get(rs, "paired_at"), rs.getString("paired_by")));
            }
        }
    }

    void insert(Connection c, Cards.Pairing p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO card_pairing (uid, member_id, paired_at, paired_by) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, p.uid());
            ps.setString(2, p.memberId());
            Times.set(ps, 3, p.pairedAt());
            ps.setString(4, p.pairedBy());
            ps.executeUpdate();
        }
    }

    void delete(Connection c, String uid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM card_pairing WHERE uid = ?")) {
            ps.setString(1, uid);
            ps.executeUpdate();
        }
    }

    void log(Connection c, String uid, String memberId, String action, String reason, Instant at, String by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO card_pairing_log"
                + " (uid, member_id, action, reason, done_at, done_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, uid);
            ps.setString(2, memberId);
            ps.setString(3, action);
            ps.setString(4, reason);
            Times.set(ps, 5, at);
            ps.setString(6, by);
            ps.executeUpdate();
        }
    }
}
