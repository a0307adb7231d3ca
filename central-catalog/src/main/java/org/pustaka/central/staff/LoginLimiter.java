package org.pustaka.central.staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.pustaka.central.store.Tx;

/**
 * Limits guessing: after {@value #PER_USER} failed sign-ins for one username, or {@value #PER_REMOTE} from one
 * address, within {@link #WINDOW}, further attempts are refused until the window passes. Counted in the
 * database so every replica sees the same failures. Blocks on the database.
 */
public final class LoginLimiter {
    public static final int PER_USER = 5;
    public static final int PER_REMOTE = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Tx tx;
    private final Clock clock;

    public LoginLimiter(Tx tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public boolean allows(String username, String remote) throws SQLException {
        Instant since = clock.instant().minus(WINDOW);
        return count("username", username, since) < PER_USER && count("remote", remote, since) < PER_REMOTE;
    }

    public void failed(String username, String remote) throws SQLException {
        Instant now = clock.instant();
        tx.run(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM staff_login_failure WHERE failed_at < ?")) {
                del.setTimestamp(1, Timestamp.from(now.minus(WINDOW)));
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO staff_login_failure (username, remote, failed_at) VALUES (?, ?, ?)")) {
                ps.setString(1, clip(username));
                ps.setString(2, clip(remote));
                ps.setTimestamp(3, Timestamp.from(now));
                return ps.executeUpdate();
            }
        });
    }

    private int count(String column, String value, Instant since) throws SQLException {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM staff_login_failure WHERE " + column + " = ? AND failed_at > ?")) {
                ps.setString(1, clip(value));
                ps.setTimestamp(2, Timestamp.from(since));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static String clip(String s) {
        return s.length() > 50 ? s.substring(0, 50) : s;
    }
}
