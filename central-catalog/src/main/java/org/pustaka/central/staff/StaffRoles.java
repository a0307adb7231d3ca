package org.pustaka.central.staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import org.pustaka.central.store.Tx;

/**
 * Maps a SLiMS account to its roles: {@link Role#READ} for everyone, the rows of {@code staff_role} keyed by
 * the SLiMS username, and every role for SLiMS's administrator. Blocks on the database.
 */
public final class StaffRoles {
    private final Tx tx;

    public StaffRoles(Tx tx) {
        this.tx = tx;
    }

    public Set<Role> of(StaffAccount account) throws SQLException {
        if (account.administrator()) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> roles = EnumSet.of(Role.READ);
        tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT role FROM staff_role WHERE username = ?")) {
                ps.setString(1, account.username());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (Role r : Role.values()) {
                            if (r.name().equals(rs.getString(1))) {
                                roles.add(r);
                            }
                        }
                    }
                }
            }
            return null;
        });
        return roles;
    }

    /** Gives {@code username} a role (the {@code staff-role} command and tests use this). */
    public void grant(String username, Role role) throws SQLException {
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO staff_role (username, role) VALUES (?, ?)")) {
                ps.setString(1, username);
                ps.setString(2, role.name());
                return ps.executeUpdate();
            }
        });
    }
}
