package org.pustaka.demo;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.pustaka.central.CentralService;
import org.pustaka.central.config.CentralConfig;
import org.pustaka.central.config.ConfigReader;
import org.pustaka.central.http.ApiServer;
import org.pustaka.central.staff.Role;
import org.pustaka.central.staff.StaffPages;
import org.pustaka.central.staff.StaffRoles;
import org.pustaka.central.store.Tx;
import org.pustaka.embedded.EmbeddedMariaDb;
import org.pustaka.embedded.SlimsDatabase;

/**
 * The library side of the demo: an embedded MariaDB holding SLiMS 9 tables with the Malang demo data, and the
 * central catalog service in-process on free loopback ports (kiosk API and SIP2 server), with the demo kiosk
 * enrolled, a SIP2 terminal account and a staff login for the staff pages. Everything lives under one folder, deleted by {@link #close()}.
 */
public final class DemoServices implements AutoCloseable {
    public static final String KIOSK_ID = "MLG-DEMO";
    public static final String SIP2_LOGIN = "KIOS-DEMO";
    public static final String SLIMS_DB = "slims";
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final String SIP2_PASSWORD = "sandi-demo-kios";
    /** The demo's staff login for the staff pages: a SLiMS account that may manage events, visits and kiosks. */
    public static final String STAFF_USER = "petugas";
    public static final String STAFF_PASSWORD = "petugas-demo";

    private final Path folder;
    private final EmbeddedMariaDb mariaDb;
    private final CentralService service;
    private final String apiUrl;
    private final int sip2Port;
    private final String token;

    private DemoServices(Path folder, EmbeddedMariaDb mariaDb, CentralService service, String apiUrl, int sip2Port,
                         String token) {
        this.folder = folder;
        this.mariaDb = mariaDb;
        this.service = service;
        this.apiUrl = apiUrl;
        this.sip2Port = sip2Port;
        this.token = token;
    }

    /** Starts MariaDB (three tries, each with a three-minute start wait) and the service. */
    public static DemoServices start(Path folder) throws Exception {
        Files.createDirectories(folder);
        EmbeddedMariaDb db = startMariaDb(folder.resolve("mariadb"));
        try {
            SlimsDatabase.createDemo(db, SLIMS_DB, LocalDate.now(ZONE));
            db.createDatabase("pustaka_central");
            Map<String, String> env = new HashMap<>();
            put(env, "db.url", db.jdbcUrl("pustaka_central"));
            put(env, "db.user", "root");
            put(env, "db.password", "");
            put(env, "http.port", "0");
            put(env, "slims.url", db.jdbcUrl(SLIMS_DB));
            put(env, "slims.user", "root");
            put(env, "slims.password", "");
            put(env, "slims.staffUser", SlimsDatabase.DEMO_STAFF_USER);
            put(env, "sip2.port", "0");
            CentralConfig config = ConfigReader.read(null, env);
            CentralService service = CentralService.open(config, Clock.systemUTC());
            service.migrate();
            int port = service.startApi(config, Clock.systemUTC()).port();
            service.terminals().save(SIP2_LOGIN, SIP2_PASSWORD, "DEMO");
            addStaffLogin(db, service);
            DemoProgramme.enter(service, LocalDate.now(ZONE), ZONE);
            String code = service.kiosks().createCode(KIOSK_ID).code();
            String token = service.kiosks().enroll(KIOSK_ID, code, "demo");
            return new DemoServices(folder, db, service, "http://127.0.0.1:" + port + ApiServer.PREFIX,
                    service.sip2().orElseThrow().port(), token);
        } catch (Exception | Error e) {
            db.close();
            throw e;
        }
    }

    /**
     * A librarian's SLiMS account (bcrypt, as SLiMS 9 stores it) with the roles to manage events, school visits
     * and kiosks, so the demo's staff pages can be used beyond reading.
     */
    private static void addStaffLogin(EmbeddedMariaDb db, CentralService service) throws SQLException {
        String hash = BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(10, STAFF_PASSWORD.toCharArray());
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(SLIMS_DB), "root", "");
             PreparedStatement ps = c.prepareStatement("INSERT INTO user (username, realname, passwd, user_type, input_date,"
                     + " last_update) VALUES (?, 'Petugas Demo', ?, 2, CURDATE(), CURDATE())")) {
            ps.setString(1, STAFF_USER);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
        StaffRoles roles = new StaffRoles(new Tx(service.dataSource()));
        roles.grant(STAFF_USER, Role.EVENTS);
        roles.grant(STAFF_USER, Role.KIOSKS);
    }

    private static EmbeddedMariaDb startMariaDb(Path dir) {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return EmbeddedMariaDb.start(dir);
            } catch (IllegalStateException slowStart) {
                last = slowStart;
            }
        }
        throw last;
    }

    private static void put(Map<String, String> env, String key, String value) {
        env.put(ConfigReader.envName(key), value);
    }

    /** The kiosk's settings for the demo: circulation over HTTP ({@code http}) or SIP2 ({@code sip2}). */
    public String kioskProperties(String library, Path kioskData) {
        StringBuilder p = new StringBuilder()
                .append("kiosk.id=").append(KIOSK_ID).append('\n')
                .append("kiosk.dataDir=").append(kioskData).append('\n')
                .append("library.type=").append(library).append('\n')
                .append("catalog.url=").append(apiUrl).append('\n')
                .append("catalog.token=").append(token).append('\n');
        if (library.equals("sip2")) {
            p.append("sip2.host=127.0.0.1\nsip2.port=").append(sip2Port).append('\n')
                    .append("sip2.user=").append(SIP2_LOGIN).append('\n')
                    .append("sip2.password=").append(SIP2_PASSWORD).append('\n')
                    .append("sip2.institution=MLG\n");
        }
        return p.toString();
    }

    /** The staff pages' sign-in page. */
    public String staffUrl() {
        return apiUrl.substring(0, apiUrl.length() - ApiServer.PREFIX.length()) + StaffPages.PREFIX + "/login";
    }

    public String apiUrl() {
        return apiUrl;
    }

    public int sip2Port() {
        return sip2Port;
    }

    public EmbeddedMariaDb mariaDb() {
        return mariaDb;
    }

    public CentralService service() {
        return service;
    }

    public Path folder() {
        return folder;
    }

    /** Stops the service and MariaDB and deletes the demo's folder. */
    @Override
    public void close() {
        try {
            service.close();
        } finally {
            mariaDb.close();
            deleteTree(folder);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the demo folder " + dir, e);
        }
    }
}
