package org.pustaka.kiosk.demo;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.pustaka.kiosk.store.ForwardingJournalStore;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.OutboxRecord;

/**
 * A journal store that also writes, after each step has been committed, a line {@code ID STATE} to a
 * witness file outside the database, each line with one system call. The crash test kills the kiosk
 * and then checks that every step the witness saw committed is still in the journal (or later).
 */
final class WitnessedJournal extends ForwardingJournalStore {
    private final FileOutputStream witness;

    WitnessedJournal(JournalStore journal, Path witnessFile) {
        super(journal);
        try {
            this.witness = new FileOutputStream(witnessFile.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the witness file " + witnessFile, e);
        }
    }

    @Override
    public void begin(JournalEntry entry) {
        super.begin(entry);
        note(entry);
    }

    @Override
    public void record(JournalEntry entry, OutboxRecord report) {
        super.record(entry, report);
        note(entry);
    }

    private void note(JournalEntry e) {
        try {
            witness.write((e.id() + " " + e.state() + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the witness file", ex);
        }
    }
}
