package org.pustaka.kiosk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.StoreException;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenOfTheSameDataDirectoryIsRefusedClearly() {
        try (Database first = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Another kiosk process is using the data directory");
        }
        // released on close
        try (Database again = Database.open(dir)) {
            assertThat(again.dataDir()).isEqualTo(dir);
        }
    }

    @Test
    void theOutboxKeepsOrderSurvivesReopeningAndIsIdempotent() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        try (Database db = Database.open(dir)) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            outbox.enqueue(OutboxRecord.pending(a, "transaction", "{\"n\":1}", Instant.parse("2026-11-28T01:00:00Z")));
            outbox.enqueue(OutboxRecord.pending(b, "transaction", "{\"n\":2}", Instant.parse("2026-11-28T01:00:01Z")));
            outbox.enqueue(OutboxRecord.pending(a, "transaction", "{\"n\":99}", Instant.parse("2026-11-28T01:00:02Z")));
            assertThat(outbox.depth()).isEqualTo(2);
        }
        try (Database db = Database.open(dir)) {
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            List<OutboxRecord> pending = outbox.pending("transaction", 10);
            assertThat(pending).extracting(OutboxRecord::id).containsExactly(a, b);
            assertThat(pending.get(0).payload()).isEqualTo("{\"n\":1}");

            outbox.recordAttemptFailed(List.of(a, b), "503 from the central catalog");
            outbox.markSent(List.of(a));
            outbox.markRejected(b, "unknown kiosk");
            assertThat(outbox.depth()).isZero();
            assertThat(outbox.pending("transaction", 10)).isEmpty();
        }
    }

    @Test
    void aFileLeftLargeByAKilledProcessIsCompactedWhenOpened() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(db.dataDir()).isEqualTo(dir);
        }
        // a process that dies gets no compaction at close: stand in for it with H2's close-time compaction off
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("kiosk") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "kiosk", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE filler(id INT PRIMARY KEY, s VARCHAR(4000))");
            for (int i = 0; java.nio.file.Files.size(dir.resolve(Database.FILE)) <= Database.COMPACT_ABOVE_BYTES; i++) {
                st.execute("MERGE INTO filler VALUES(" + (i % 50) + ", '" + "x".repeat(3000) + i + "')");
            }
        }
        long grown = java.nio.file.Files.size(dir.resolve(Database.FILE));
        assertThat(grown).isGreaterThan(Database.COMPACT_ABOVE_BYTES);

        try (Database db = Database.open(dir);
             java.sql.Connection c = db.connection();
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM filler")) {
            assertThat(java.nio.file.Files.size(dir.resolve(Database.FILE))).isLessThan(grown / 4);
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(50);
        }
    }

    /** Grows the open database's file past {@code bytes} with commits the way a running kiosk makes them. */
    static void growPast(Database db, long bytes) {
        Jdbc.inTransaction(db, c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS filler(id INT PRIMARY KEY, s VARCHAR(4000))");
            }
            return null;
        });
        for (int i = 0; db.fileSize() <= bytes; i++) {
            int n = i;
            Jdbc.inTransaction(db, c -> {
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("MERGE INTO filler VALUES(" + (n % 50) + ", '" + "x".repeat(3000) + n + "')");
                }
                return null;
            });
        }
    }

    private static int fillerRows(Database db) {
        return Jdbc.inTransaction(db, c -> {
            try (java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM filler")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aRunningDatabaseCompactsAtAQuietMomentAndKeepsWorking() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        try (Database db = Database.open(dir, now::get)) {
            growPast(db, Database.COMPACT_ABOVE_BYTES);
            long grown = db.fileSize();
            // just used: not quiet, and under the size that compacts even when busy
            assertThat(db.maintain()).isEmpty();
            now.addAndGet(Database.QUIET_AFTER.toNanos());

            java.util.OptionalLong after = db.maintain();

            assertThat(after).isPresent();
            assertThat(after.getAsLong()).isLessThan(grown / 4);
            assertThat(db.compactions()).isEqualTo(1);
            // the new pool serves the same data and takes new commits
            assertThat(fillerRows(db)).isEqualTo(50);
            growPast(db, db.fileSize() + 100_000);
            assertThat(fillerRows(db)).isEqualTo(50);
            // small again: nothing to do however quiet
            now.addAndGet(Database.QUIET_AFTER.toNanos());
            assertThat(db.maintain()).isEmpty();
        }
        try (Database db = Database.open(dir)) {
            assertThat(fillerRows(db)).isEqualTo(50);
        }
    }

    @Test
    void aVeryLargeFileIsCompactedEvenWhenTheKioskIsBusy() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        try (Database db = Database.open(dir, now::get)) {
            growPast(db, Database.COMPACT_BUSY_ABOVE_BYTES);

            assertThat(db.maintain()).isPresent();
            assertThat(db.fileSize()).isLessThan(Database.COMPACT_ABOVE_BYTES);
            assertThat(fillerRows(db)).isEqualTo(50);
        }
    }

    @Test
    void aCompactionWaitsForWorkInProgressAndGivesUpWhenItDoesNotEnd() throws Exception {
        try (Database db = Database.open(dir)) {
            java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            Thread worker = new Thread(() -> {
                try (Database.Lease lease = db.lease()) {
                    held.countDown();
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            worker.start();
            held.await();

            assertThat(db.compactNow(java.time.Duration.ofMillis(200))).isEmpty();
            assertThat(db.compactions()).isZero();

            release.countDown();
            worker.join();
            assertThat(db.compactNow(java.time.Duration.ofSeconds(5))).isPresent();
            assertThat(db.compactions()).isEqualTo(1);
        }
    }

    @Test
    void workArrivingDuringACompactionWaitsForItAndIsKept() throws Exception {
        try (Database db = Database.open(dir)) {
            growPast(db, 2_000_000);
            java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(3);
            java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
            Jdbc.inTransaction(db, c -> c.createStatement().execute("CREATE TABLE counted(id INT PRIMARY KEY)"));
            java.util.List<java.util.concurrent.Future<?>> jobs = new java.util.ArrayList<>();
            // every writer is halfway before the first compaction, so one always runs among the writes
            // whichever side is faster, and the count of compactions no longer races the writers
            java.util.concurrent.CountDownLatch halfway = new java.util.concurrent.CountDownLatch(3);
            for (int w = 0; w < 3; w++) {
                int base = w * 1000;
                jobs.add(writers.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        int id = base + i;
                        Jdbc.inTransaction(db, c -> c.createStatement().execute("INSERT INTO counted VALUES(" + id + ")"));
                        written.incrementAndGet();
                        if (i == 99) {
                            halfway.countDown();
                        }
                    }
                }));
            }
            assertThat(halfway.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            int compacted = 0;
            do {
                if (db.compactNow(java.time.Duration.ofSeconds(5)).isPresent()) {
                    compacted++;
                }
            } while (written.get() < 600 && compacted < 20);
            for (java.util.concurrent.Future<?> job : jobs) {
                job.get();
            }
            writers.shutdown();
            assertThat(compacted).isPositive();
            int rows = Jdbc.inTransaction(db, c -> {
                try (java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM counted")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isEqualTo(600);
        }
    }
}
