package org.pustaka.central.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pustaka.central.CentralService;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.config.CentralConfig;
import org.pustaka.central.config.ConfigReader;
import org.pustaka.embedded.EmbeddedMariaDb;

/**
 * The service on real HTTP over a real MariaDB: one embedded server per JVM (its files under
 * {@code target/mariadb}), one fresh database and one service per test class.
 */
final class TestService implements AutoCloseable {
    private static EmbeddedMariaDb shared;

    final CentralService service;
    final String base;
    final String database;
    final CentralConfig config;

    private TestService(CentralService service, String base, String database, CentralConfig config) {
        this.service = service;
        this.base = base;
        this.database = database;
        this.config = config;
    }

    static synchronized EmbeddedMariaDb mariaDb() {
        if (shared == null) {
            shared = startMariaDb("shared");
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /**
     * A new embedded MariaDB under {@code target/mariadb}. The server gets three minutes to say it is ready;
     * a start that fails anyway (a port taken meanwhile) is tried three times.
     */
    static EmbeddedMariaDb startMariaDb(String prefix) {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "mariadb")), prefix);
                return EmbeddedMariaDb.start(dir);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    static TestService start(CirculationDesk desk) {
        return start(desk, mariaDb(), Map.of());
    }

    static TestService start(CirculationDesk desk, EmbeddedMariaDb db, Map<String, String> extra) {
        String name = "central_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        db.createDatabase(name);
        CentralConfig config = config(db, name, extra);
        CentralService service = CentralService.open(config, Clock.systemUTC());
        service.migrate();
        int port = service.startApi(config, desk, Clock.systemUTC()).port();
        return new TestService(service, "http://127.0.0.1:" + port + ApiServer.PREFIX, name, config);
    }

    /** The service as {@code serve} builds it: circulation over the SLiMS database the {@code slims} keys name. */
    static TestService startWithSlims(EmbeddedMariaDb db, Map<String, String> slims) {
        String name = "central_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        db.createDatabase(name);
        CentralConfig config = config(db, name, slims);
        CentralService service = CentralService.open(config, Clock.systemUTC());
        service.migrate();
        int port = service.startApi(config, Clock.systemUTC()).port();
        return new TestService(service, "http://127.0.0.1:" + port + ApiServer.PREFIX, name, config);
    }

    static CentralConfig config(EmbeddedMariaDb db, String database, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put(ConfigReader.envName("db.url"), db.jdbcUrl(database));
        env.put(ConfigReader.envName("db.user"), "root");
        env.put(ConfigReader.envName("db.password"), "");
        env.put(ConfigReader.envName("http.port"), "0");
        env.put(ConfigReader.envName("db.connectTimeoutSeconds"), "2");
        extra.forEach((k, v) -> env.put(ConfigReader.envName(k), v));
        return ConfigReader.read(null, env);
    }

    /** A kiosk enrolled through the API; answers its token. */
    String enroll(Api api, String kioskId) throws Exception {
        String code = service.kiosks().createCode(kioskId).code();
        Api.Reply r = api.call("POST", "/kiosks/enroll", null,
                "{\"kioskId\":\"" + kioskId + "\",\"enrollmentCode\":\"" + code + "\"}");
        if (r.status() != 200) {
            throw new AssertionError("enrollment failed: " + r);
        }
        return r.body().get("token").asText();
    }

    /** Rows in every table of the service's database, to show that a refused request wrote nothing. */
    Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = service.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String t : new String[] {"kiosk", "kiosk_token", "enrollment_code", "kiosk_heartbeat", "transaction_report",
                "survey_answer", "usage_report", "library_event", "event_registration", "visit_slot", "visit_booking", "card_pairing",
                "api_request"}) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    long count(String sql) throws SQLException {
        try (Connection c = service.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
