package org.pustaka.central.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pustaka.central.store.Tx;

/**
 * Staff sessions in the service's own database, so a restart or another replica keeps them. The cookie
 * carries a 256-bit random value; the table keeps only its SHA-256. Blocks on the database.
 */
public final class StaffSessions {
    public static final Duration LIFETIME = Duration.ofHours(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Tx tx;
    private final Clock clock;

    public StaffSessions(Tx tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** A started session: the cookie value to hand out once, and the session. */
    public record Started(String cookie, StaffSession session) {
    }

    public Started start(StaffAccount account, Set<Role> roles) throws SQLException {
        String cookie = random();
        StaffSession s = new StaffSession(account.username(), account.realName(), Set.copyOf(roles), random());
        Instant now = clock.instant();
        tx.run(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM staff_session WHERE expires_at < ?")) {
                del.setTimestamp(1, Timestamp.from(now));
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_session (session_hash, username, real_name,"
                    + " roles, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, hash(cookie));
                ps.setString(2, s.username());
                ps.setString(3, s.realName());
                ps.setString(4, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
                ps.setString(5, s.csrf());
                ps.setTimestamp(6, Timestamp.from(now));
                ps.setTimestamp(7, Timestamp.from(now.plus(LIFETIME)));
                return ps.executeUpdate();
            }
        });
        return new Started(cookie, s);
    }

    /** The live session the cookie names, if any. */
    public Optional<StaffSession> find(String cookie) throws SQLException {
        if (cookie == null || cookie.length() != 43) {
            return Optional.empty();
        }
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT username, real_name, roles, csrf_token FROM staff_session"
                    + " WHERE session_hash = ? AND expires_at > ?")) {
                ps.setString(1, hash(cookie));
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (String r : rs.getString("roles").split(",")) {
                        if (!r.isEmpty()) {
                            roles.add(Role.valueOf(r));
                        }
                    }
                    return Optional.of(new StaffSession(rs.getString("username"), rs.getString("real_name"), roles,
                            rs.getString("csrf_token")));
                }
            }
        });
    }

    public void end(String cookie) throws SQLException {
        if (cookie == null) {
            return;
        }
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_session WHERE session_hash = ?")) {
                ps.setString(1, hash(cookie));
                return ps.executeUpdate();
            }
        });
    }

    static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
