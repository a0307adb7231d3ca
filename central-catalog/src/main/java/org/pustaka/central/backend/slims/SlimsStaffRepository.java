package org.pustaka.central.backend.slims;

import java.util.Optional;

/** SLiMS's {@code user} table: the staff user the service writes as ({@code uid}, and the log's real name). */
final class SlimsStaffRepository {

    private static final String FIND = "SELECT user_id, realname FROM user WHERE username = ?";

    /** A SLiMS staff user. */
    record Staff(int userId, String realName) {
    }

    private final Jdbc jdbc;

    SlimsStaffRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Staff> find(String username) {
        return jdbc.one(FIND, rs -> new Staff(rs.getInt("user_id"), rs.getString("realname")), username);
    }
}
