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
        JournalStore journal = new Tracing(new JdbcJournalStore(db), trace, false);
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

    /**
     * A stack: each item keeps its own order (intent, library, answer, tag, done), the tags of the whole
     * stack are proven once after the last write, and no item is finished before that proof.
     */
    @Test
    void aStackKeepsEachItemsOrderAndProvesAllTagsOnce() {
        pad.traceDetail = true;
        Circulation stackDesk = new Circulation(library, pad, new Tracing(new JdbcJournalStore(db), trace, true),
                new JdbcKnownPatronStore(db), CirculationPolicy.defaults("TEST-01"),
                new DeskFixture.MovableClock(java.time.Instant.EPOCH));
        List<PadItem> stack = List.of(pad.place("30000101"), pad.place("30000102", 2, 1), pad.place("30000103"));

        List<ItemOutcome> out = stackDesk.borrowAll(DeskFixture.SITI, stack);

        assertThat(out).extracting(ItemOutcome::itemId).containsExactly("30000101", "30000102", "30000103");
        assertThat(out).allMatch(o -> o.result() == ItemOutcome.Result.DONE);
        List<String> seen = List.copyOf(trace);
        assertThat(seen).filteredOn("proof"::equals).hasSize(1);
        int proof = seen.indexOf("proof");
        for (PadItem item : stack) {
            String id = item.itemId();
            List<Integer> order = new ArrayList<>(List.of(seen.indexOf("journal PENDING " + id),
                    seen.indexOf("checkout " + id), seen.indexOf("journal ACCEPTED " + id)));
            item.tagUids().forEach(uid -> order.add(seen.indexOf("tag on loan " + uid)));
            order.add(proof);
            order.add(seen.indexOf("journal TAG_DONE + report " + id));
            assertThat(order).as("steps of %s in %s", id, seen).doesNotContain(-1).isSorted();
        }
    }

    /** Notes each committed journal step in the shared trace. */
    private record Tracing(JournalStore journal, List<String> trace, boolean withItems) implements JournalStore {
        @Override
        public void begin(JournalEntry entry) {
            journal.begin(entry);
            trace.add("journal " + entry.state() + item(entry));
        }

        @Override
        public void record(JournalEntry entry, OutboxRecord report) {
            journal.record(entry, report);
            trace.add("journal " + entry.state() + (report == null ? "" : " + report") + item(entry));
        }

        private String item(JournalEntry entry) {
            return withItems ? " " + entry.itemId() : "";
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
