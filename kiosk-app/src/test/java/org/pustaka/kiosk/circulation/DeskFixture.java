package org.pustaka.kiosk.circulation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcJournalStore;
import org.pustaka.kiosk.store.jdbc.JdbcKnownPatronStore;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;

/** A desk over a real H2 file store in a temporary folder, a given library and the fake pad. */
final class DeskFixture implements AutoCloseable {
    static final PatronCredentials SITI = new PatronCredentials("2024000123", "1234");

    final Database db;
    final JdbcJournalStore journal;
    final JdbcOutboxStore outbox;
    final JdbcKnownPatronStore known;
    final FakePad pad = new FakePad();
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T03:00:00Z"));
    final LibrarySystem library;
    CirculationPolicy policy;
    Circulation desk;

    DeskFixture(Path dir, LibrarySystem library) {
        this(dir, library, CirculationPolicy.defaults("TEST-01"));
    }

    DeskFixture(Path dir, LibrarySystem library, CirculationPolicy policy) {
        this.db = Database.open(dir);
        this.journal = new JdbcJournalStore(db);
        this.outbox = new JdbcOutboxStore(db);
        this.known = new JdbcKnownPatronStore(db);
        this.library = library;
        this.policy = policy;
        restart();
    }

    /** A new desk on the same store, as after a restart of the kiosk. */
    Circulation restart() {
        desk = new Circulation(library, pad, journal, known, policy, clock);
        return desk;
    }

    JournalEntry only() {
        List<JournalEntry> all = journal.all();
        if (all.size() != 1) {
            throw new AssertionError("expected one journal entry, found " + all);
        }
        return all.get(0);
    }

    List<JournalEntry> all() {
        return journal.all();
    }

    @Override
    public void close() {
        db.close();
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            now = now.plusMillis(1);
            return now;
        }
    }
}
