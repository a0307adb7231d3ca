package org.pustaka.central.kiosks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.pustaka.central.store.Times;

/** SQL of the kiosk, kiosk_token and enrollment_code tables. */
final class KioskRepository {

    record CodeRow(String kioskId, Instant expiresAt, Instant usedAt, byte[] tokenSeed) {
    }

    void insertCode(Connection c, String codeHash, String kioskId, Instant now, Instant expires) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO enrollment_code (code_hash, kiosk_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, codeHash);
            ps.setString(2, kioskId);
            Times.set(ps, 3, now);
            Times.set(ps, 4, expires);
            ps.executeUpdate();
        }
    }

    Optional<CodeRow> lockCode(Connection c, String codeHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kiosk_id, expires_at, used_at, token_seed FROM enrollment_code WHERE code_hash = ? FOR UPDATE")) {
            ps.setString(1, codeHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CodeRow(rs.getString("kiosk_id"), Times.get(rs, "expires_at"),
                        Times.get(rs, "used_at"), rs.getBytes("token_seed")));
            }
        }
    }

    void markUsed(Connection c, String codeHash, Instant now, byte[] seed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE enrollment_code SET used_at = ?, token_seed = ? WHERE code_hash = ?")) {
            Times.set(ps, 1, now);
            ps.setBytes(2, seed);
            ps.setString(3, codeHash);
            ps.executeUpdate();
        }
    }

    /** Forgets the seeds of codes used before {@code before}, so their tokens can no longer be derived. */
    void forgetSeeds(Connection c, Instant before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE enrollment_code SET token_seed = NULL WHERE token_seed IS NOT NULL AND used_at < ?")) {
            Times.set(ps, 1, before);
            ps.executeUpdate();
        }
    }

    void upsertKiosk(Connection c, String kioskId, String version, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO kiosk (kiosk_id, enrolled_at, version) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE enrolled_at = VALUES(enrolled_at), version = VALUES(version)")) {
            ps.setString(1, kioskId);
            Times.set(ps, 2, now);
            ps.setString(3, version);
            ps.executeUpdate();
        }
    }

    /** Revokes the kiosk's other tokens: a new enrollment shuts the old installation out. */
    void revokeTokensExcept(Connection c, String kioskId, String keepHash, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE kiosk_token SET revoked_at = ? WHERE kiosk_id = ? AND token_hash <> ? AND revoked_at IS NULL")) {
            Times.set(ps, 1, now);
            ps.setString(2, kioskId);
            ps.setString(3, keepHash);
            ps.executeUpdate();
        }
    }

    void insertTokenIfAbsent(Connection c, String tokenHash, String kioskId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT IGNORE INTO kiosk_token (token_hash, kiosk_id, issued_at) VALUES (?, ?, ?)")) {
            ps.setString(1, tokenHash);
            ps.setString(2, kioskId);
            Times.set(ps, 3, now);
            ps.executeUpdate();
        }
    }

    Optional<String> kioskOfToken(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kiosk_id FROM kiosk_token WHERE token_hash = ? AND revoked_at IS NULL")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    int revokeAll(Connection c, String kioskId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE kiosk_token SET revoked_at = ? WHERE kiosk_id = ? AND revoked_at IS NULL")) {
            Times.set(ps, 1, now);
            ps.setString(2, kioskId);
            return ps.executeUpdate();
        }
    }
}
