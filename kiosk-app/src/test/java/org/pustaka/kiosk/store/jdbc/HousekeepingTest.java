package org.pustaka.kiosk.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.ReplayState;
import org.pustaka.kiosk.testing.MutableClock;

class HousekeepingTest {
    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOW);

    private static JournalEntry entry(JdbcJournalStore journal, String item, JournalState end, ReplayState replay,
                                      Instant at) {
        JournalEntry e = JournalEntry.intent(UUID.randomUUID(), JournalKind.CHECKOUT, item, List.of("E0040150000" + item),
                "2024000123", "", at);
        journal.begin(e);
        JournalEntry done = e.with(end, "", at);
        if (replay != ReplayState.NONE) {
            done = done.withOffline(replay);
        }
        journal.record(done, null);
        return done;
    }

    @Test
    void finishedEntriesAndDeliveredReportsGoAfterTheKeepPeriodAndEverythingStillNeededStays() throws Exception {
        Instant old = NOW.minus(Duration.ofDays(91));
        Instant recent = NOW.minus(Duration.ofDays(89));
        UUID kept;
        try (Database db = Database.open(dir)) {
            JdbcJournalStore journal = new JdbcJournalStore(db);
            JdbcOutboxStore outbox = new JdbcOutboxStore(db);
            JournalEntry oldDone = entry(journal, "30000101", JournalState.TAG_DONE, ReplayState.NONE, old);
            JournalEntry oldRefused = entry(journal, "30000102", JournalState.REFUSED, ReplayState.NONE, old);
            JournalEntry oldReplayed = entry(journal, "30000103", JournalState.TAG_DONE, ReplayState.REPLAYED, old);
            JournalEntry recentDone = entry(journal, "30000104", JournalState.TAG_DONE, ReplayState.NONE, recent);
            JournalEntry oldFlagged = entry(journal, "30000105", JournalState.FLAGGED, ReplayState.NONE, old);
            JournalEntry oldQueued = entry(journal, "30000106", JournalState.TAG_DONE, ReplayState.QUEUED, old);
            JournalEntry oldReplayRefused = entry(journal, "30000107", JournalState.TAG_DONE, ReplayState.REFUSED, old);
            JournalEntry oldUnfinished = entry(journal, "30000108", JournalState.ACCEPTED, ReplayState.NONE, old);
            UUID sentOld = UUID.randomUUID();
            UUID sentRecent = UUID.randomUUID();
            UUID pendingOld = UUID.randomUUID();
            UUID rejectedOld = UUID.randomUUID();
            outbox.enqueue(OutboxRecord.pending(sentOld, "transaction", "{}", old));
            outbox.enqueue(OutboxRecord.pending(sentRecent, "transaction", "{}", recent));
            outbox.enqueue(OutboxRecord.pending(pendingOld, "transaction", "{}", old));
            outbox.enqueue(OutboxRecord.pending(rejectedOld, "survey", "{}", old));
            outbox.markSent(List.of(sentOld, sentRecent));
            outbox.markRejected(rejectedOld, "unknown kiosk");
            assertThat(Files.size(dir.resolve(JdbcJournalStore.LOG_FILE))).isPositive();

            new Housekeeping(db, journal, outbox, 90, clock).run();

            assertThat(journal.find(oldDone.id())).isEmpty();
            assertThat(journal.find(oldRefused.id())).isEmpty();
            assertThat(journal.find(oldReplayed.id())).isEmpty();
            assertThat(List.of(recentDone, oldFlagged, oldQueued, oldReplayRefused, oldUnfinished))
                    .allSatisfy(e -> assertThat(journal.find(e.id())).as(e.itemId()).isPresent());
            assertThat(outbox.pending("transaction", 10)).extracting(OutboxRecord::id).containsExactly(pendingOld);
            assertThat(rows(db, "SELECT COUNT(*) FROM outbox")).isEqualTo(3);
            // the deletion was followed by a compaction, which emptied the write-ahead log: the deleted steps
            // cannot come back from it after a kill
            assertThat(db.compactions()).isEqualTo(1);
            assertThat(Files.size(dir.resolve(JdbcJournalStore.LOG_FILE))).isZero();
            kept = recentDone.id();
        }
        try (Database db = Database.open(dir)) {
            JdbcJournalStore journal = new JdbcJournalStore(db);
            assertThat(journal.find(kept)).isPresent();
            assertThat(journal.all()).hasSize(5);
        }
    }

    @Test
    void itDeletesOnceADayAndCompactsOnlyWhenSomethingWasDeleted() {
        try (Database db = Database.open(dir)) {
            JdbcJournalStore journal = new JdbcJournalStore(db);
            Housekeeping housekeeping = new Housekeeping(db, journal, new JdbcOutboxStore(db), 30, clock);
            JournalEntry first = entry(journal, "30000101", JournalState.TAG_DONE, ReplayState.NONE,
                    NOW.minus(Duration.ofDays(29)).minus(Duration.ofHours(1)));

            housekeeping.run();
            assertThat(journal.find(first.id())).isPresent();
            assertThat(db.compactions()).isZero();

            clock.set(NOW.plus(Duration.ofDays(1)).minusSeconds(60));
            housekeeping.run();
            assertThat(journal.find(first.id())).as("not a day since the last deletion").isPresent();

            clock.set(NOW.plus(Duration.ofDays(1)));
            housekeeping.run();
            assertThat(journal.find(first.id())).isEmpty();
            assertThat(db.compactions()).isEqualTo(1);
        }
    }

    private static int rows(Database db, String sql) {
        return Jdbc.inTransaction(db, c -> {
            try (var rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
