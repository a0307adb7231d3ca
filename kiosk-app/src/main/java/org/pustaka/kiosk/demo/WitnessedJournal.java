package org.pustaka.kiosk.demo;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.OutboxRecord;

/**
 * A journal store that also writes, after each step has been committed, a line {@code ID STATE} to a
 * witness file outside the database, each line with one system call. The crash test kills the kiosk
 * and then checks that every step the witness saw committed is still in the journal (or later).
 */
final class WitnessedJournal implements JournalStore {
    private final JournalStore journal;
    private final FileOutputStream witness;

    WitnessedJournal(JournalStore journal, Path witnessFile) {
        this.journal = journal;
        try {
            this.witness = new FileOutputStream(witnessFile.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the witness file " + witnessFile, e);
        }
    }

    @Override
    public void begin(JournalEntry entry) {
        journal.begin(entry);
        note(entry);
    }

    @Override
    public void record(JournalEntry entry, OutboxRecord report) {
        journal.record(entry, report);
        note(entry);
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
        return journal.queued();
    }

    @Override
    public List<JournalEntry> all() {
        return journal.all();
    }

    @Override
    public List<JournalEntry> needingStaff() {
        return journal.needingStaff();
    }

    private void note(JournalEntry e) {
        try {
            witness.write((e.id() + " " + e.state() + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the witness file", ex);
        }
    }
}
