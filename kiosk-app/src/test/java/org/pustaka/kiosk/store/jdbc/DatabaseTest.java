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
}
