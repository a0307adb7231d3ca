package org.pustaka.kiosk.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.OutboxStore;

/** The outbox table. */
public final class JdbcOutboxStore implements OutboxStore {
    private final Database db;

    public JdbcOutboxStore(Database db) {
        this.db = db;
    }

    @Override
    public void enqueue(OutboxRecord record) {
        Jdbc.inTransaction(db, c -> {
            insert(c, record);
            return null;
        });
    }

    /** Inserts within a caller's transaction, so a journal step and its report commit together. */
    public static void insert(Connection c, OutboxRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox (id, kind, payload, created_at, state, attempts, last_error) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE id = ?)")) {
            ps.setObject(1, r.id());
            ps.setString(2, r.kind());
            ps.setString(3, r.payload());
            ps.setTimestamp(4, Timestamp.from(r.createdAt()));
            ps.setString(5, r.state().name());
            ps.setInt(6, r.attempts());
            ps.setString(7, r.lastError());
            ps.setObject(8, r.id());
            ps.executeUpdate();
        }
    }

    @Override
    public List<OutboxRecord> pending(String kind, int max) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, kind, payload, created_at, state, attempts, last_error FROM outbox "
                            + "WHERE state = 'PENDING' AND kind = ? ORDER BY seq LIMIT ?")) {
                ps.setString(1, kind);
                ps.setInt(2, max);
                List<OutboxRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new OutboxRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant(), OutboxRecord.State.valueOf(rs.getString(5)),
                                rs.getInt(6), rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void markSent(Collection<UUID> ids) {
        update("UPDATE outbox SET state = 'SENT', sent_at = CURRENT_TIMESTAMP, attempts = attempts + 1 WHERE id = ?",
                ids, null);
    }

    @Override
    public void markRejected(UUID id, String reason) {
        update("UPDATE outbox SET state = 'REJECTED', last_error = ?, attempts = attempts + 1 WHERE id = ?",
                List.of(id), reason);
    }

    @Override
    public void recordAttemptFailed(Collection<UUID> ids, String error) {
        update("UPDATE outbox SET last_error = ?, attempts = attempts + 1 WHERE id = ? AND state = 'PENDING'",
                ids, error);
    }

    @Override
    public int depth() {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Deletes the reports the central catalog took before {@code before}; returns how many. */
    public int deleteSentBefore(Instant before) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE state = 'SENT' AND created_at < ?")) {
                ps.setTimestamp(1, Timestamp.from(before));
                return ps.executeUpdate();
            }
        });
    }

    private void update(String sql, Collection<UUID> ids, String text) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (UUID id : ids) {
                    int i = 1;
                    if (text != null) {
                        ps.setString(i++, text);
                    }
                    ps.setObject(i, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}
