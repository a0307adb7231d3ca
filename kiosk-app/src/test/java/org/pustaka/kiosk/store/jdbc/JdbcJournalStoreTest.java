package org.pustaka.kiosk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.ReplayState;
import org.pustaka.kiosk.store.StoreException;

class JdbcJournalStoreTest {
    @TempDir
    Path dir;

    private static JournalEntry intent(String item, Instant at) {
        return JournalEntry.intent(UUID.randomUUID(), JournalKind.CHECKOUT, item,
                List.of("E004015000010501", "E004015000010502"), "2024000123", "", at);
    }

    @Test
    void stepsAreKeptAcrossAReopenWithEveryField() {
        Instant t = Instant.parse("2026-11-28T03:00:00Z");
        JournalEntry e = intent("30000105", t);
        try (Database db = Database.open(dir)) {
            JdbcJournalStore journal = new JdbcJournalStore(db);
            journal.begin(e);
            journal.record(e.withLibraryAnswer("Belajar", LocalDate.of(2026, 12, 12), "", "B2", true)
                    .withOffline(ReplayState.QUEUED).with(JournalState.TAG_DONE, "done", t.plusSeconds(2)), null);
        }
        try (Database db = Database.open(dir)) {
            JournalEntry back = new JdbcJournalStore(db).find(e.id()).orElseThrow();
            assertThat(back.state()).isEqualTo(JournalState.TAG_DONE);
            assertThat(back.tagUids()).containsExactly("E004015000010501", "E004015000010502");
            assertThat(back.title()).isEqualTo("Belajar");
            assertThat(back.dueDate()).isEqualTo(LocalDate.of(2026, 12, 12));
            assertThat(back.sortBin()).isEqualTo("B2");
            assertThat(back.holdShelf()).isTrue();
            assertThat(back.offline()).isTrue();
            assertThat(back.replay()).isEqualTo(ReplayState.QUEUED);
            assertThat(back.createdAt()).isEqualTo(t);
            assertThat(back.updatedAt()).isEqualTo(t.plusSeconds(2));
            assertThat(back.detail()).isEqualTo("done");
        }
    }

    @Test
    void listsUnfinishedQueuedAndStaffEntriesInTimeOrder() {
        Instant t = Instant.parse("2026-11-28T03:00:00Z");
        try (Database db = Database.open(dir)) {
            JdbcJournalStore journal = new JdbcJournalStore(db);
            JournalEntry late = intent("30000102", t.plusSeconds(10));
            JournalEntry early = intent("30000101", t);
            JournalEntry flagged = intent("30000103", t.plusSeconds(5));
            JournalEntry queued = intent("30000104", t.plusSeconds(7));
            for (JournalEntry e : List.of(late, early, flagged, queued)) {
                journal.begin(e);
            }
            journal.record(flagged.with(JournalState.FLAGGED, "tag gone", t), null);
            journal.record(queued.withOffline(ReplayState.QUEUED).with(JournalState.TAG_DONE, "", t), null);

            assertThat(journal.unfinished()).extracting(JournalEntry::itemId).containsExactly("30000101", "30000102");
            assertThat(journal.queued()).extracting(JournalEntry::itemId).containsExactly("30000104");
            assertThat(journal.needingStaff()).extracting(JournalEntry::itemId).containsExactly("30000103");
            assertThat(journal.all()).hasSize(4);
        }
    }

    @Test
    void theReportCommitsWithTheStepOrNotAtAll() {
        Instant t = Instant.parse("2026-11-28T03:00:00Z");
        try (Database db = Database.open(dir)) {
            JdbcJournalStore journal = new JdbcJournalStore(db);
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            JournalEntry e = intent("30000101", t);
            journal.begin(e);
            OutboxRecord report = OutboxRecord.pending(e.id(), "transaction", "{}", t);

            JournalEntry ghost = intent("30000199", t);
            assertThatThrownBy(() -> journal.record(ghost.with(JournalState.TAG_DONE, "", t), report))
                    .isInstanceOf(StoreException.class);
            assertThat(outbox.depth()).isZero();

            journal.record(e.with(JournalState.TAG_DONE, "", t), report);
            assertThat(outbox.pending("transaction", 5)).extracting(OutboxRecord::id).containsExactly(e.id());
        }
    }

    @Test
    void stepsTheDatabaseLostAreRestoredFromTheLogAtOpen() throws Exception {
        Instant t = Instant.parse("2026-11-28T03:00:00Z");
        JournalEntry lost = intent("30000101", t);
        JournalEntry behind = intent("30000102", t);
        try (Database db = Database.open(dir)) {
            JdbcJournalStore journal = new JdbcJournalStore(db);
            journal.begin(lost);
            journal.record(lost.with(JournalState.TAG_DONE, "", t),
                    OutboxRecord.pending(lost.id(), "transaction", "{\"a\":\"tab\there\"}", t));
            journal.begin(behind);
            journal.record(behind.with(JournalState.ACCEPTED, "", t), null);
            // what H2 was seen to do after a kill: the newest commits are gone
            try (var c = db.connection(); var s = c.createStatement()) {
                s.execute("DELETE FROM outbox");
                s.execute("DELETE FROM journal WHERE item_id = '30000101'");
                s.execute("UPDATE journal SET state = 'PENDING'");
            }
        }
        try (Database db = Database.open(dir)) {
            JdbcJournalStore journal = new JdbcJournalStore(db);

            assertThat(journal.find(lost.id()).orElseThrow().state()).isEqualTo(JournalState.TAG_DONE);
            assertThat(journal.find(behind.id()).orElseThrow().state()).isEqualTo(JournalState.ACCEPTED);
            assertThat(new JdbcOutboxStore(db).pending("transaction", 5)).singleElement()
                    .satisfies(r -> assertThat(r.payload()).isEqualTo("{\"a\":\"tab\there\"}"));
            journal.databaseClosedCleanly();
        }
        assertThat(Files.size(dir.resolve(JdbcJournalStore.LOG_FILE))).isZero();
    }

    @Test
    void aCompactionWhileRunningEmptiesTheLogAndStepsAfterItStillHeal() throws Exception {
        Instant t = Instant.parse("2026-11-28T03:00:00Z");
        JournalEntry before = intent("30000101", t);
        JournalEntry after = intent("30000102", t);
        try (Database db = Database.open(dir)) {
            JdbcJournalStore journal = new JdbcJournalStore(db);
            journal.begin(before);
            journal.record(before.with(JournalState.TAG_DONE, "", t), null);
            assertThat(Files.size(dir.resolve(JdbcJournalStore.LOG_FILE))).isPositive();

            assertThat(db.compactNow(java.time.Duration.ofSeconds(5))).isPresent();

            assertThat(Files.size(dir.resolve(JdbcJournalStore.LOG_FILE))).isZero();
            assertThat(journal.find(before.id()).orElseThrow().state()).isEqualTo(JournalState.TAG_DONE);
            journal.begin(after);
            journal.record(after.with(JournalState.ACCEPTED, "", t), null);
            assertThat(Files.size(dir.resolve(JdbcJournalStore.LOG_FILE))).isPositive();
            // the database loses the step made after the compaction, as H2 was seen to after a kill
            try (Database.Lease lease = db.lease(); var c = db.connection(); var s = c.createStatement()) {
                s.execute("DELETE FROM journal WHERE item_id = '30000102'");
            }
        }
        try (Database db = Database.open(dir)) {
            JdbcJournalStore journal = new JdbcJournalStore(db);
            assertThat(journal.find(before.id()).orElseThrow().state()).isEqualTo(JournalState.TAG_DONE);
            assertThat(journal.find(after.id()).orElseThrow().state()).isEqualTo(JournalState.ACCEPTED);
        }
    }
}
