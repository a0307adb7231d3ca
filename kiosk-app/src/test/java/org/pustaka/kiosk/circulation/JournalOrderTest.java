package org.pustaka.kiosk.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcJournalStore;
import org.pustaka.kiosk.store.jdbc.JdbcKnownPatronStore;

/**
 * The journal's state machine as it interleaves with the side effects: every state is committed before
 * the next call to the library or the tag, in the order DESIGN "Circulation and the journal" gives.
 */
class JournalOrderTest {
    @TempDir
    Path dir;
    Database db;
    FakeLibrary library = new FakeLibrary();
    FakePad pad = new FakePad();
    List<String> trace;
    Circulation desk;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        trace = library.calls;
        pad.trace = trace;
        JournalStore journal = new Tracing(new JdbcJournalStore(db), trace);
        desk = new Circulation(library, pad, journal, new JdbcKnownPatronStore(db),
                CirculationPolicy.defaults("TEST-01"), new DeskFixture.MovableClock(java.time.Instant.EPOCH));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void borrowRecordsIntentThenAnswerThenTag() {
        desk.borrow(DeskFixture.SITI, pad.place("30000101"));

        assertThat(trace).containsExactly("journal PENDING", "checkout 30000101", "journal ACCEPTED",
                "tag on loan", "journal TAG_DONE + report");
    }

    @Test
    void refusalEndsTheEntryWithoutTouchingTheTag() {
        desk.borrow(DeskFixture.SITI, pad.place("30000107"));

        assertThat(trace).containsExactly("journal PENDING", "checkout 30000107", "journal REFUSED + report");
    }

    @Test
    void compensationIsRecordedBeforeTheLoanIsUndone() {
        pad.failingWrites = 1;
        desk.borrow(DeskFixture.SITI, pad.place("30000101"));

        assertThat(trace).containsExactly("journal PENDING", "checkout 30000101", "journal ACCEPTED",
                "tag on loan", "journal COMPENSATING", "checkin 30000101", "tag in stock",
                "journal COMPENSATED + report");
    }

    @Test
    void returnRecordsIntentThenAnswerThenTag() {
        library.borrower.put("30000111", "2024000123");
        desk.giveBack(pad.place("30000111"));

        assertThat(trace).containsExactly("journal PENDING", "checkin 30000111", "journal ACCEPTED",
                "tag in stock", "journal TAG_DONE + report");
    }

    @Test
    void offlineLoanIsRecordedAsAcceptedBeforeTheTagAndQueuedAfter() {
        library.offline = true;
        desk.borrow(DeskFixture.SITI, pad.place("30000101"));

        assertThat(trace).containsExactly("journal PENDING", "journal ACCEPTED", "tag on loan",
                "journal TAG_DONE + report");
    }

    /** Notes each committed journal step in the shared trace. */
    private record Tracing(JournalStore journal, List<String> trace) implements JournalStore {
        @Override
        public void begin(JournalEntry entry) {
            journal.begin(entry);
            trace.add("journal " + entry.state());
        }

        @Override
        public void record(JournalEntry entry, OutboxRecord report) {
            journal.record(entry, report);
            trace.add("journal " + entry.state() + (report == null ? "" : " + report"));
        }

        @Override
        public Optional<JournalEntry> find(UUID id) {
            return journal.find(id);
        }

        @Override
        public List<JournalEntry> unfinished() {
            return journal.unfinished();
        }

        @Override
        public List<JournalEntry> queued() {
            return new ArrayList<>(journal.queued());
        }

        @Override
        public List<JournalEntry> forItem(String itemId) {
            return journal.forItem(itemId);
        }

        @Override
        public List<JournalEntry> all() {
            return journal.all();
        }

        @Override
        public List<JournalEntry> needingStaff() {
            return journal.needingStaff();
        }
    }
}
