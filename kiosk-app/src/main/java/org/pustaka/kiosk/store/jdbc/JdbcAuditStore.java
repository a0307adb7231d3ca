package org.pustaka.kiosk.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.store.AuditStore;

/** The {@code diagnostics_audit} table (migration V6). */
public final class JdbcAuditStore implements AuditStore {
    private static final int DETAIL_MAX = 2000;
    private final Database db;

    public JdbcAuditStore(Database db) {
        this.db = db;
    }

    @Override
    public void append(AuditEntry e) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO diagnostics_audit (at, action, outcome, detail) VALUES (?, ?, ?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(e.at()));
                ps.setString(2, e.action().length() > 64 ? e.action().substring(0, 64) : e.action());
                ps.setString(3, e.outcome().name());
                ps.setString(4, e.detail().length() > DETAIL_MAX ? e.detail().substring(0, DETAIL_MAX) : e.detail());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<AuditEntry> latest(int max) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT at, action, outcome, detail FROM diagnostics_audit ORDER BY seq DESC LIMIT ?")) {
                ps.setInt(1, max);
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                                AuditEntry.Outcome.valueOf(rs.getString(3)), rs.getString(4)));
                    }
                }
                return out;
            }
        });
    }
}
