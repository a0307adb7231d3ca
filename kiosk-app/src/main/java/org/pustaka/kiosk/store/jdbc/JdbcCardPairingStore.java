package org.pustaka.kiosk.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.pustaka.kiosk.store.CardPairingStore;

/** The card_pairing table: contactless card UIDs and their members, cached for offline use. */
public final class JdbcCardPairingStore implements CardPairingStore {
    private final Database db;

    public JdbcCardPairingStore(Database db) {
        this.db = db;
    }

    @Override
    public void remember(String cardUid, String memberId, Instant fetched) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO card_pairing (card_uid, member_id, fetched_at) KEY (card_uid) VALUES (?, ?, ?)")) {
                ps.setString(1, cardUid);
                ps.setString(2, memberId);
                ps.setTimestamp(3, Timestamp.from(fetched));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void forget(String cardUid) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM card_pairing WHERE card_uid = ?")) {
                ps.setString(1, cardUid);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> memberFor(String cardUid) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT member_id FROM card_pairing WHERE card_uid = ?")) {
                ps.setString(1, cardUid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
