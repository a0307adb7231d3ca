package org.pustaka.kiosk.store.jdbc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.pustaka.kiosk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local H2 database in file mode under the data directory, migrated by Flyway at open. Holds an
 * exclusive lock file ({@code kiosk.lock}) for as long as it is open, so a second kiosk process on the
 * same data directory stops with a clear message instead of sharing (and corrupting) the files.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String LOCK_FILE = "kiosk.lock";
    /** The database file in the data directory. */
    public static final String FILE = "kiosk.mv.db";
    /** Above this size the file is compacted when the database opens. */
    static final long COMPACT_ABOVE_BYTES = 16L * 1024 * 1024;

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;

    private Database(Path dataDir, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
    }

    /** Opens (creating if needed) and migrates the database in {@code dataDir}. */
    public static Database open(Path dataDir) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StoreException("Another kiosk process is using the data directory " + dataDir
                        + ". Stop it first (systemctl stop pustaka-kiosk), or give this one another data directory.");
            }
            // WRITE_DELAY=0 stores every commit before it returns (the crash test depends on it); it also
            // stops H2's background writer, which is what compacts the file, so the file only grows while
            // open (tens of KB per journal step). It is compacted at every start instead (compactIfLarge).
            String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("kiosk")
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
            compactIfLarge(dataDir.resolve(FILE), url);
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "kiosk", "");
            pool.setMaxConnections(8);
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return new Database(dataDir, channel, lock, pool);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot open the data directory " + dataDir + ": " + e.getMessage()
                    + ". Check that it exists and that the kiosk user may write to it.", e);
        } catch (RuntimeException e) {
            if (!(e instanceof StoreException)) {
                closeQuietly(channel);
                throw new StoreException("Cannot open the local database in " + dataDir + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * Rewrites the file without its dead chunks (H2 {@code SHUTDOWN COMPACT}, into a new file that
     * replaces the old one, so a kill during it leaves the old file). Takes well under a second for the
     * sizes a kiosk reaches in a day.
     */
    static void compactIfLarge(Path file, String url) {
        try {
            if (!Files.exists(file) || Files.size(file) <= COMPACT_ABOVE_BYTES) {
                return;
            }
            long before = Files.size(file);
            try (Connection c = java.sql.DriverManager.getConnection(url, "kiosk", "");
                 java.sql.Statement st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            }
            LOG.info("Compacted the local database from {} KB to {} KB", before / 1024, Files.size(file) / 1024);
        } catch (IOException | SQLException e) {
            LOG.warn("Could not compact the local database ({}); it keeps working, only larger.", e.getMessage());
        }
    }

    public Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("The local database is not available: " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        pool.dispose();
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
