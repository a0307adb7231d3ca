package org.pustaka.kiosk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.store.AuditEntry;

class JdbcAuditStoreTest {
    @TempDir
    Path dir;

    @Test
    void entriesSurviveReopeningAndComeBackNewestFirst() {
        Instant t = Instant.parse("2026-11-28T03:00:00Z");
        try (Database db = Database.open(dir)) {
            JdbcAuditStore store = new JdbcAuditStore(db);
            store.append(new AuditEntry(t, "unlock", AuditEntry.Outcome.DENIED, "wrong PIN; 4 tries left"));
            store.append(new AuditEntry(t.plusSeconds(5), "unlock", AuditEntry.Outcome.OK, "technician mode opened"));
            store.append(new AuditEntry(t.plusSeconds(9), "self-test", AuditEntry.Outcome.FAILED, "x".repeat(3000)));
        }
        try (Database db = Database.open(dir)) {
            JdbcAuditStore store = new JdbcAuditStore(db);
            assertThat(store.latest(10)).extracting(AuditEntry::action)
                    .containsExactly("self-test", "unlock", "unlock");
            assertThat(store.latest(10).get(0).detail()).hasSize(2000);
            assertThat(store.latest(2).get(1)).isEqualTo(
                    new AuditEntry(t.plusSeconds(5), "unlock", AuditEntry.Outcome.OK, "technician mode opened"));
        }
    }
}
