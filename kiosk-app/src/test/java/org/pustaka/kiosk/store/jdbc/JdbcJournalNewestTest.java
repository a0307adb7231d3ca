package org.pustaka.kiosk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;

/** The diagnostics journal view's read: the newest entries first, bounded, beside the open store. */
class JdbcJournalNewestTest {
    @TempDir
    Path dir;

    @Test
    void theNewestEntriesComeFirstAndNoMoreThanAsked() {
        Instant t = Instant.parse("2026-11-28T03:00:00Z");
        try (Database db = Database.open(dir)) {
            JdbcJournalStore journal = new JdbcJournalStore(db);
            assertThat(JdbcJournalStore.newest(db, 50)).isEmpty();
            for (int i = 0; i < 5; i++) {
                journal.begin(JournalEntry.intent(UUID.randomUUID(), JournalKind.CHECKIN, "3000010" + i, List.of(),
                        "", "", t.plusSeconds(i)));
            }
            // two steps in the same second keep the order they were recorded in
            JournalEntry same = JournalEntry.intent(UUID.randomUUID(), JournalKind.RENEW, "30000200", List.of(),
                    "2024000123", "", t.plusSeconds(4));
            journal.begin(same);
            journal.record(same.with(JournalState.FLAGGED, "The tag could not be written.", t.plusSeconds(9)), null);

            List<JournalEntry> newest = JdbcJournalStore.newest(db, 3);
            assertThat(newest).extracting(JournalEntry::itemId).containsExactly("30000200", "30000104", "30000103");
            assertThat(newest.get(0).state()).isEqualTo(JournalState.FLAGGED);
            assertThat(newest.get(0).patronId()).isEqualTo("2024000123");
            assertThat(JdbcJournalStore.newest(db, 50)).hasSize(6);
        }
    }
}
