package org.pustaka.central.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.pustaka.central.http.TestServices;
import org.pustaka.embedded.EmbeddedMariaDb;

/** V6_1 on a database that already holds events: each named series gets one row with its earliest session's text. */
class EventSeriesMigrationTest {

    private static Flyway flyway(EmbeddedMariaDb db, String name, String target) {
        return Flyway.configure().dataSource(db.jdbcUrl(name), "root", "").locations("classpath:db/central")
                .target(target).load();
    }

    @Test
    void existingSeriesTakeTheirEarliestSessionsTextAndSessionsKeepTheirs() throws Exception {
        EmbeddedMariaDb db = TestServices.mariaDb();
        String name = "central_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        db.createDatabase(name);
        flyway(db, name, "4.1").migrate();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(name), "root", ""); Statement s = c.createStatement()) {
            String columns = "INSERT INTO library_event (event_id, series, title_id, title_en, category, start_at, end_at, "
                    + "audience, capacity, waitlist) VALUES ";
            s.executeUpdate(columns + "('ld-remaja', 'literasi-digital', 'Untuk Remaja', 'For teens', 'literasi-digital', "
                    + "'2026-12-12 06:00:00', '2026-12-12 08:00:00', 'Remaja', 20, TRUE)");
            s.executeUpdate(columns + "('ld-anak', 'literasi-digital', 'Untuk Anak', 'For children', 'literasi-digital', "
                    + "'2026-12-12 02:00:00', '2026-12-12 04:00:00', 'Anak', 20, TRUE)");
            s.executeUpdate(columns + "('lepas', '', 'Tanpa Seri', 'No series', 'lainnya', "
                    + "'2026-12-13 02:00:00', '2026-12-13 04:00:00', 'Umum', 5, FALSE)");
        }
        flyway(db, name, "latest").migrate();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(name), "root", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT series_id, title_id, audience FROM event_series ORDER BY series_id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
            }
            assertThat(rows).containsExactly("literasi-digital|Untuk Anak|Anak");
            try (ResultSet e = s.executeQuery("SELECT COUNT(*) FROM library_event WHERE registration_opens IS NULL "
                    + "AND cancelled_at IS NULL AND title_id IN ('Untuk Remaja', 'Untuk Anak', 'Tanpa Seri')")) {
                e.next();
                assertThat(e.getInt(1)).isEqualTo(3);
            }
        }
    }
}
