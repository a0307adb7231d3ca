package org.pustaka.central.backend.slims;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.pustaka.central.staff.StaffAccount;
import org.pustaka.central.staff.StaffDirectory;

/**
 * SLiMS staff accounts from its {@code user} table. SLiMS 9 stores PHP {@code password_hash} bcrypt
 * ({@code $2y$}); older installations kept an unsalted MD5 hex, which is still accepted so staff of an upgraded
 * library can sign in. The administrator is user 1 or a member of group 1, as in SLiMS itself.
 */
public final class SlimsStaffDirectory implements StaffDirectory {
    private static final String FIND = "SELECT user_id, realname, passwd, `groups` FROM user WHERE username = ?";

    private final DataSource slims;

    public SlimsStaffDirectory(DataSource slims) {
        this.slims = slims;
    }

    @Override
    public Optional<StaffAccount> check(String username, String password) {
        try (Connection c = slims.getConnection(); PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !matches(password, rs.getString("passwd"))) {
                    return Optional.empty();
                }
                String groups = rs.getString("groups");
                boolean admin = rs.getInt("user_id") == 1 || (groups != null && groups.contains("s:1:\"1\";"));
                return Optional.of(new StaffAccount(username, rs.getString("realname"), admin));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The SLiMS staff accounts cannot be read: " + e.getMessage(), e);
        }
    }

    static boolean matches(String password, String stored) {
        if (stored == null || password == null || password.isEmpty()) {
            return false;
        }
        if (stored.startsWith("$2y$") || stored.startsWith("$2a$") || stored.startsWith("$2b$")) {
            return BCrypt.verifyer(BCrypt.Version.VERSION_2Y).verify(password.getBytes(StandardCharsets.UTF_8),
                    stored.getBytes(StandardCharsets.US_ASCII)).verified;
        }
        if (stored.length() == 32) {
            return MessageDigest.isEqual(md5(password).getBytes(StandardCharsets.US_ASCII),
                    stored.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }
        return false;
    }

    private static String md5(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
