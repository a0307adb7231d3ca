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
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.pustaka.kiosk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local H2 database in file mode under the data directory, migrated by Flyway at open. Holds an
 * exclusive lock file ({@code kiosk.lock}) for as long as it is open, so a second kiosk process on the
 * same data directory stops with a clear message instead of sharing (and corrupting) the files.
 *
 * <p>Every commit is stored before it returns ({@code WRITE_DELAY=0}, which the journal's crash guarantee
 * needs). That also stops H2's background writer, the part of H2 that compacts the file, so while the kiosk
 * runs the file grows by tens of KB a journal step and H2's map of its chunks grows on the heap. The
 * database therefore compacts itself while running ({@link #maintain()}): at a quiet moment, or at once when
 * the file is very large, it waits for every unit of work in progress to end (each holds a {@link Lease}),
 * rewrites the file with {@code SHUTDOWN COMPACT} (into a new file that replaces the old one in one rename,
 * so a kill during it leaves the old file) and opens a fresh connection pool. Work that arrives meanwhile
 * waits for it.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String LOCK_FILE = "kiosk.lock";
    /** The database file in the data directory. */
    public static final String FILE = "kiosk.mv.db";
    /** Above this size the file is compacted when the database opens. */
    static final long COMPACT_ABOVE_BYTES = 16L * 1024 * 1024;
    /**
     * H2's page cache in KB. The kiosk's live data is a few MB; H2's default of 16 MB mostly held pages the
     * kiosk would not read again, and every open (a compaction opens the store twice) fills a new one.
     */
    static final int CACHE_KB = 4096;
    /** Above this size the running database compacts even when it is busy. */
    static final long COMPACT_BUSY_ABOVE_BYTES = 4 * COMPACT_ABOVE_BYTES;
    /** How long the database must have been unused to count as quiet. */
    static final Duration QUIET_AFTER = Duration.ofSeconds(2);
    /** How long a compaction waits for the work in progress to end before it gives up until next time. */
    static final Duration COMPACT_WAIT = Duration.ofSeconds(5);

    private final Path dataDir;
    private final String url;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final LongSupplier nanoClock;
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final AtomicLong lastUsedNanos;
    private final AtomicInteger compactions = new AtomicInteger();
    private final List<Runnable> afterCleanClose = new CopyOnWriteArrayList<>();
    private volatile JdbcConnectionPool pool;
    private volatile boolean closed;

    private Database(Path dataDir, String url, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool,
                     LongSupplier nanoClock) {
        this.dataDir = dataDir;
        this.url = url;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        this.nanoClock = nanoClock;
        this.lastUsedNanos = new AtomicLong(nanoClock.getAsLong());
    }

    /** Held for one unit of work with the database; a compaction waits until no lease is held. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /** Opens (creating if needed) and migrates the database in {@code dataDir}. */
    public static Database open(Path dataDir) {
        return open(dataDir, System::nanoTime);
    }

    static Database open(Path dataDir, LongSupplier nanoClock) {
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
            // stops H2's background writer, which is what compacts the file: see maintain().
            String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("kiosk")
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;CACHE_SIZE=" + CACHE_KB;
            compactIfLarge(dataDir.resolve(FILE), url);
            JdbcConnectionPool pool = newPool(url);
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return new Database(dataDir, url, channel, lock, pool, nanoClock);
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
            shutdownCompact(url);
            LOG.info("Compacted the local database from {} KB to {} KB", before / 1024, Files.size(file) / 1024);
        } catch (IOException e) {
            LOG.warn("Could not read the size of the local database ({}); it was not compacted.", e.getMessage());
        }
    }

    /** Opens the closed database alone and closes it with {@code SHUTDOWN COMPACT}; a failure is only logged. */
    private static void shutdownCompact(String url) {
        try (Connection c = java.sql.DriverManager.getConnection(url, "kiosk", "");
             Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("Could not compact the local database ({}); it keeps working, only larger.", e.getMessage());
        }
    }

    private static JdbcConnectionPool newPool(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "kiosk", "");
        pool.setMaxConnections(8);
        return pool;
    }

    /**
     * Takes a lease for one unit of work (a transaction, or a journal step's log line and its commit).
     * Leases are shared; only a compaction waits for them. Close it when the work is done.
     */
    public Lease lease() {
        ReentrantReadWriteLock.ReadLock read = gate.readLock();
        read.lock();
        return () -> {
            lastUsedNanos.set(nanoClock.getAsLong());
            read.unlock();
        };
    }

    /**
     * Runs {@code after} each time the database was closed cleanly while the kiosk keeps running (after
     * a compaction), while no work is in progress; the journal empties its write-ahead log there.
     */
    public void afterCleanClose(Runnable after) {
        afterCleanClose.add(after);
    }

    /**
     * The maintenance step: compacts the file when it is over 16 MB and the database has not been used
     * for two seconds, or when it is over 64 MB whatever the load. Returns the size after compaction, or
     * empty when nothing was done.
     */
    public OptionalLong maintain() {
        long size = fileSize();
        boolean quiet = nanoClock.getAsLong() - lastUsedNanos.get() >= QUIET_AFTER.toNanos()
                && gate.getReadLockCount() == 0;
        if (size > COMPACT_BUSY_ABOVE_BYTES || size > COMPACT_ABOVE_BYTES && quiet) {
            return compactNow(COMPACT_WAIT);
        }
        return OptionalLong.empty();
    }

    /**
     * Compacts now: waits up to {@code wait} for the work in progress to end (empty if it did not),
     * closes the database with {@code SHUTDOWN COMPACT} and opens a new pool. Returns the new file size.
     */
    public OptionalLong compactNow(Duration wait) {
        ReentrantReadWriteLock.WriteLock write = gate.writeLock();
        try {
            if (!write.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("The local database stayed busy for {} s; compacting it next time", wait.toSeconds());
                return OptionalLong.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
        try {
            if (closed) {
                return OptionalLong.empty();
            }
            long before = fileSize();
            long started = System.nanoTime();
            // closing the pool's last connection closes H2 cleanly; SHUTDOWN COMPACT then opens it alone,
            // rewrites the file and closes it again
            pool.dispose();
            shutdownCompact(url);
            pool = newPool(url);
            // H2 was closed cleanly whether or not the rewrite worked: the store holds every commit
            for (Runnable after : afterCleanClose) {
                try {
                    after.run();
                } catch (RuntimeException e) {
                    LOG.warn("After compacting the local database: {}", e.getMessage(), e);
                }
            }
            compactions.incrementAndGet();
            long after = fileSize();
            LOG.info("Compacted the local database while running from {} KB to {} KB in {} ms", before / 1024,
                    after / 1024, (System.nanoTime() - started) / 1_000_000);
            return OptionalLong.of(after);
        } finally {
            write.unlock();
        }
    }

    /** How many times the database compacted itself while running. */
    public int compactions() {
        return compactions.get();
    }

    /** The database file's size in bytes (0 when it cannot be read). */
    public long fileSize() {
        try {
            Path file = dataDir.resolve(FILE);
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * A connection from the pool. Production code uses it inside a {@link #lease()} (see
     * {@code Jdbc.inTransaction}), so a compaction never closes the database under it.
     */
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
        // wait for work in progress to end, but do not let one stuck caller keep the kiosk from stopping
        boolean alone;
        try {
            alone = gate.writeLock().tryLock(COMPACT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            alone = false;
        }
        try {
            closed = true;
            pool.dispose();
        } finally {
            if (alone) {
                gate.writeLock().unlock();
            }
        }
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
