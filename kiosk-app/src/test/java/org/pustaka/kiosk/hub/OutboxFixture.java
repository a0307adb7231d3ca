package org.pustaka.kiosk.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pustaka.kiosk.library.http.ApiJson;
import org.pustaka.catalog.api.TransactionReport;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.jdbc.Database;

/** For outbox tests: records as the circulation writes them, and the states in the table. */
final class OutboxFixture {
    private OutboxFixture() {
    }

    static OutboxRecord transaction(UUID id, String itemId, String title) {
        TransactionReport r = new TransactionReport(id, "CHECKOUT", itemId, title, Instant.parse("2026-11-28T03:00:00Z"),
                false, "ACCEPTED", null, LocalDate.of(2026, 12, 12), null);
        return OutboxRecord.pending(id, OutboxKinds.TRANSACTION, ApiJson.text(r), Instant.now());
    }

    /** id -> "STATE|last_error". */
    static Map<UUID, String> states(Database db) throws SQLException {
        Map<UUID, String> out = new LinkedHashMap<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, state, last_error FROM outbox ORDER BY seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String error = rs.getString(3);
                out.put(rs.getObject(1, UUID.class), rs.getString(2) + "|" + (error == null ? "" : error));
            }
        }
        return out;
    }
}
