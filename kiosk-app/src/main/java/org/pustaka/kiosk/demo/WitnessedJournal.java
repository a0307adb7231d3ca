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
 *
 * <p>With a kill point ({@code killAtCommit} > 0) the process stops dead at the chosen commit, just
 * before it or just after it was witnessed, with {@link Runtime#halt} (no shutdown hooks, no database
 * close: to the files it is the same as SIGKILL). The sequence of commits depends only on the workload's
 * seed, so the crash test can place every kill again.
 */
final class WitnessedJournal extends ForwardingJournalStore {
    /** The exit status of a run stopped at its kill point (as a shell reports SIGKILL). */
    static final int KILLED = 137;

    private final FileOutputStream witness;
    private final int killAtCommit;
    private final boolean killBefore;
    private int commits;

    WitnessedJournal(JournalStore journal, Path witnessFile) {
        this(journal, witnessFile, 0, false);
    }

    WitnessedJournal(JournalStore journal, Path witnessFile, int killAtCommit, boolean killBefore) {
        super(journal);
        this.killAtCommit = killAtCommit;
        this.killBefore = killBefore;
        try {
            this.witness = new FileOutputStream(witnessFile.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the witness file " + witnessFile, e);
        }
    }

    @Override
    public void begin(JournalEntry entry) {
        boolean last = killPoint();
        super.begin(entry);
        note(entry, last);
    }

    @Override
    public void record(JournalEntry entry, OutboxRecord report) {
        boolean last = killPoint();
        super.record(entry, report);
        note(entry, last);
    }

    /** Counts this commit; stops the process now when it is the kill point and the kill comes before it. */
    private synchronized boolean killPoint() {
        boolean last = killAtCommit > 0 && ++commits == killAtCommit;
        if (last && killBefore) {
            Runtime.getRuntime().halt(KILLED);
        }
        return last;
    }

    private void note(JournalEntry e, boolean last) {
        try {
            witness.write((e.id() + " " + e.state() + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the witness file", ex);
        }
        if (last) {
            Runtime.getRuntime().halt(KILLED);
        }
    }
}
