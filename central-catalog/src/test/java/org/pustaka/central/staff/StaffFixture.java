package org.pustaka.central.staff;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pustaka.central.CentralService;
import org.pustaka.central.config.CentralConfig;
import org.pustaka.central.config.ConfigReader;
import org.pustaka.central.http.TestServices;
import org.pustaka.embedded.EmbeddedMariaDb;
import org.pustaka.embedded.SlimsDatabase;

/**
 * The service as {@code serve} builds it, over the embedded SLiMS demo database with three staff accounts
 * added (the administrator, a librarian with bcrypt, one with a legacy MD5 password), on real HTTP.
 */
final class StaffFixture implements AutoCloseable {
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Admin-Rahasia-1";
    static final String LIBRARIAN = "pustakawan";
    static final String LIBRARIAN_PASSWORD = "Baca-Buku-2026";
    static final String LEGACY = "lama";
    static final String LEGACY_PASSWORD = "sandi-lama";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final EmbeddedMariaDb db = TestServices.mariaDb();
    final String slimsDb = "slims_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final String centralDb = "central_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final CentralConfig config;
    CentralService service;
    String base;

    StaffFixture() throws SQLException {
        SlimsDatabase.createDemo(db, slimsDb, LocalDate.now(ZoneId.of("Asia/Jakarta")));
        db.createDatabase(centralDb);
        String bcryptAdmin = BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(6, ADMIN_PASSWORD.toCharArray());
        String bcryptLib = BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(6, LIBRARIAN_PASSWORD.toCharArray());
        sql(slimsDb, "UPDATE user SET passwd = '" + bcryptAdmin + "' WHERE username = 'admin'",
                "INSERT INTO user (username, realname, passwd, user_type, input_date, last_update) VALUES ('" + LIBRARIAN
                        + "', 'Dewi Lestari', '" + bcryptLib + "', 2, CURDATE(), CURDATE())",
                "INSERT INTO user (username, realname, passwd, user_type, input_date, last_update) VALUES ('" + LEGACY
                        + "', 'Bambang Lama', MD5('" + LEGACY_PASSWORD + "'), 2, CURDATE(), CURDATE())");
        Map<String, String> env = new HashMap<>();
        env.put(ConfigReader.envName("db.url"), db.jdbcUrl(centralDb));
        env.put(ConfigReader.envName("db.user"), "root");
        env.put(ConfigReader.envName("db.password"), "");
        env.put(ConfigReader.envName("http.port"), "0");
        env.put(ConfigReader.envName("slims.url"), db.jdbcUrl(slimsDb));
        env.put(ConfigReader.envName("slims.user"), "root");
        env.put(ConfigReader.envName("slims.staffUser"), SlimsDatabase.DEMO_STAFF_USER);
        config = ConfigReader.read(null, env);
        start();
    }

    /** Starts (again) a service over the same databases, as a restart or another replica would. */
    void start() {
        service = CentralService.open(config, Clock.systemUTC());
        service.migrate();
        base = "http://127.0.0.1:" + service.startApi(config, Clock.systemUTC()).port();
    }

    void sql(String database, String... statements) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl(database), "root", "");
             Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = service.dataSource().getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A kiosk enrolled through the kiosk API; answers its token. */
    String enroll(String kioskId) throws Exception {
        String code = service.kiosks().createCode(kioskId).code();
        HttpResponse<String> r = kioskPost("/api/v1/kiosks/enroll", null,
                "{\"kioskId\":\"" + kioskId + "\",\"enrollmentCode\":\"" + code + "\"}");
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new AssertionError("enrollment failed: " + r.body());
        }
        return m.group(1);
    }

    HttpResponse<String> heartbeat(String kioskId, String token, String printerState, String printerDetail,
                                   int outbox, String lastError) throws Exception {
        return kioskPost("/api/v1/kiosks/" + kioskId + "/heartbeat", token, "{\"version\":\"1.4.2\",\"sentAt\":\""
                + Instant.now() + "\",\"devices\":[{\"device\":\"printer\",\"state\":\"" + printerState + "\",\"detail\":\""
                + printerDetail + "\"}],\"outboxDepth\":" + outbox + ",\"lastError\":\"" + lastError + "\"}");
    }

    HttpResponse<String> transaction(String kioskId, String token, String type, String outcome, String title)
            throws Exception {
        String item = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"itemId\":\"30000101\",\"title\":\""
                + title + "\",\"occurredAt\":\"" + Instant.now() + "\",\"offline\":false,\"outcome\":\"" + outcome
                + "\",\"refusalCode\":\"\",\"detail\":\"\"}";
        return kioskPost("/api/v1/kiosks/" + kioskId + "/transactions", token, "{\"items\":[" + item + "]}");
    }

    HttpResponse<String> kioskPost(String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser-like HTTP client (its own cookie jar, no redirects followed). */
    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(HttpClient c, String path) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(HttpClient c, String path, Map<String, String> form) throws Exception {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return c.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the first form on a page. */
    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in: " + html);
        }
        return m.group(1);
    }

    /** Signs {@code c} in through the form; answers the sign-in's response. */
    HttpResponse<String> login(HttpClient c, String user, String password) throws Exception {
        String token = csrf(get(c, "/staff/login").body());
        return post(c, "/staff/login", Map.of("_csrf", token, "username", user, "password", password));
    }

    @Override
    public void close() {
        service.close();
    }
}
