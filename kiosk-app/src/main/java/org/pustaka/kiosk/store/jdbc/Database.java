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

/**
 * The local H2 database in file mode under the data directory, migrated by Flyway at open. Holds an
 * exclusive lock file ({@code kiosk.lock}) for as long as it is open, so a second kiosk process on the
 * same data directory stops with a clear message instead of sharing (and corrupting) the files.
 */
public final class Database implements AutoCloseable {
    public static final String LOCK_FILE = "kiosk.lock";

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
            String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("kiosk")
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
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
