package org.pustaka.central.sip2;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The SIP2 terminal accounts in the service's own database (table {@code sip2_terminal}): created by the
 * {@code sip2-terminal} command, checked at each 93 login. Passwords are kept as bcrypt hashes only.
 * Thread-safe; both methods block on the database and throw {@link IllegalStateException} when it fails.
 */
public final class Terminals {
    /** Logins are short enough that {@code "sip2:" + login} fits the ledger's 64-character kiosk id. */
    public static final int MAX_LOGIN = 48;
    private static final int COST = 10;
    private static final String UPSERT = "INSERT INTO sip2_terminal (login, password_hash, location_code, created_at,"
            + " updated_at) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash),"
            + " location_code = VALUES(location_code), updated_at = VALUES(updated_at)";
    private static final String FIND = "SELECT password_hash, location_code FROM sip2_terminal WHERE login = ?";

    private final DataSource db;
    private final Clock clock;

    public Terminals(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Creates the terminal account, or sets a new password and location for an existing one.
     *
     * @throws IllegalArgumentException with a sentence when the login or password cannot be used
     */
    public void save(String login, String password, String locationCode) {
        if (login == null || !login.matches("[A-Za-z0-9._-]{1," + MAX_LOGIN + "}")) {
            throw new IllegalArgumentException("A SIP2 terminal login is 1 to " + MAX_LOGIN
                    + " letters, digits, dots, dashes or underscores; choose another one.");
        }
        if (password == null || password.length() < 8 || password.length() > 64 || password.contains("|")) {
            throw new IllegalArgumentException("A SIP2 terminal password is 8 to 64 characters without '|';"
                    + " choose another one.");
        }
        String hash = BCrypt.withDefaults().hashToString(COST, password.toCharArray());
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, login);
            ps.setString(2, hash);
            ps.setString(3, locationCode == null || locationCode.isBlank() ? null : locationCode);
            ps.setTimestamp(4, now);
            ps.setTimestamp(5, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The SIP2 terminal could not be saved: " + e.getMessage(), e);
        }
    }

    /** The terminal when the login exists and the password matches its hash; empty otherwise. */
    public Optional<Terminal> login(String login, String password) {
        if (login == null || password == null || login.length() > MAX_LOGIN) {
            return Optional.empty();
        }
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                boolean ok = BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                        rs.getString(1).getBytes(StandardCharsets.US_ASCII)).verified;
                return ok ? Optional.of(new Terminal(login, rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The SIP2 terminal accounts could not be read: " + e.getMessage(), e);
        }
    }

    /** A logged-in terminal: its login and the location code its account names (may be null). */
    public record Terminal(String login, String locationCode) {
        /** The id under which the circulation ledger keeps this terminal's requests. */
        public String ledgerId() {
            return "sip2:" + login;
        }
    }
}
