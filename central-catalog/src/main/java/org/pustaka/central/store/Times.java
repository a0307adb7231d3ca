package org.pustaka.central.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants in and out of the DATETIME(3) columns, which hold UTC whatever the session's time zone. */
public final class Times {
    private Times() {
    }

    public static void set(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    public static Instant get(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
