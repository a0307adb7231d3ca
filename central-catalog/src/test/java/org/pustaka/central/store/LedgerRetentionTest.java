package org.pustaka.central.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pustaka.central.CentralService;
import org.pustaka.central.config.ConfigReader;
import org.pustaka.central.http.TestServices;
import org.pustaka.embedded.EmbeddedMariaDb;

/** Old finished ledger rows go, in batches; recent ones and requests cut off half-way stay. Real MariaDB. */
class LedgerRetentionTest {
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static CentralService service;

    @BeforeAll
    static void start() {
        EmbeddedMariaDb db = TestServices.mariaDb();
        String name = "central_ret_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        db.createDatabase(name);
        service = CentralService.open(ConfigReader.read(null, Map.of(ConfigReader.envName("db.url"), db.jdbcUrl(name),
                ConfigReader.envName("db.user"), "root")), Clock.systemUTC());
        service.migrate();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void finishedRequestsOlderThanTheRetentionAreForgottenAndCutOffOnesKept() throws Exception {
        insertRequests("old-done", 2_500, "DONE", NOW.minus(Duration.ofDays(200)));
        insertRequests("old-pending", 3, "PENDING", NOW.minus(Duration.ofDays(200)));
        insertRequests("recent-done", 5, "DONE", NOW.minus(Duration.ofDays(10)));
        insertAnswers("old", 1_200, NOW.minus(Duration.ofDays(181)));
        insertAnswers("recent", 4, NOW.minus(Duration.ofDays(179)));

        LedgerRetention retention = new LedgerRetention(new Tx(service.dataSource()), Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ofDays(180));
        long deleted = retention.purge();

        assertThat(deleted).isEqualTo(2_500 + 1_200);
        assertThat(count("SELECT COUNT(*) FROM circulation_request WHERE request_id LIKE 'old-done%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM circulation_request WHERE request_id LIKE 'old-pending%'")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM circulation_request WHERE request_id LIKE 'recent-done%'")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM api_request WHERE kiosk_id = 'old'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM api_request WHERE kiosk_id = 'recent'")).isEqualTo(4);
        assertThat(retention.purge()).as("a second run finds nothing").isZero();
    }

    @Test
    void aRetentionUnderFortyFiveDaysIsRefusedWithTheKeyNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigReader.read(null,
                        Map.of(ConfigReader.envName("ledger.retentionDays"), "7")))
                .hasMessageContaining("ledger.retentionDays").hasMessageContaining("7");
    }

    private static void insertRequests(String prefix, int n, String state, Instant at) throws SQLException {
        try (Connection c = service.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO circulation_request (kiosk_id, request_id, operation, state, created_at, updated_at)"
                        + " VALUES ('MLG-01', ?, 'CHECKOUT', ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                ps.setString(1, prefix + "-" + i);
                ps.setString(2, state);
                Times.set(ps, 3, at);
                Times.set(ps, 4, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertAnswers(String kiosk, int n, Instant at) throws SQLException {
        try (Connection c = service.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO api_request (request_id, kiosk_id, operation, fingerprint, status, body, created_at)"
                        + " VALUES (?, ?, 'register', REPEAT('0', 64), 201, '{}', ?)")) {
            for (int i = 0; i < n; i++) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, kiosk);
                Times.set(ps, 3, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = service.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
