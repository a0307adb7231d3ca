package org.pustaka.kiosk.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.pustaka.kiosk.store.KnownPatronStore;

/** The known_patron table: card-number hashes, PIN hashes and names of visitors seen online. */
public final class JdbcKnownPatronStore implements KnownPatronStore {
    private final Database db;

    public JdbcKnownPatronStore(Database db) {
        this.db = db;
    }

    @Override
    public void remember(String patronKey, String pinHash, String name, Instant seen) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO known_patron (patron_key, pin_hash,"
                    + " display_name, last_seen) KEY (patron_key) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, patronKey);
                ps.setString(2, pinHash);
                ps.setString(3, name == null || name.isBlank() ? null : name);
                ps.setTimestamp(4, Timestamp.from(seen));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<String> pinHash(String patronKey) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pin_hash FROM known_patron WHERE patron_key = ?")) {
                ps.setString(1, patronKey);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String hash = rs.getString(1);
                    return Optional.of(hash == null ? "" : hash);
                }
            }
        });
    }

    @Override
    public Optional<String> name(String patronKey) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT display_name FROM known_patron WHERE patron_key = ?")) {
                ps.setString(1, patronKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
