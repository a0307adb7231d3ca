package org.pustaka.kiosk.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FilePadState;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.ReplayState;
import org.pustaka.kiosk.store.JournalStore;

/**
 * The crash test's verdict once the last kiosk run has recovered: for every test item, the library's
 * loan state and every one of its tags' AFI agree, or the item is flagged for staff; and every journal
 * step the witness file saw committed is still in the journal (at that state or a later one), with no
 * entry left unfinished.
 */
final class CrashCheck {

    /** The figures {@code kiosk bench crash} prints. */
    /**
     * What the crash test found. {@code leftQueued}: offline work the last run's replay did not deliver
     * (must be 0); {@code offlineWork}: how many journal entries were taken offline over all runs;
     * {@code offlineRuns}: runs with the library cut off; {@code compactions}: running compactions of the
     * local database that finished; {@code killsDuringCompaction}: kills that landed inside one.
     */
    record Verdict(int kills, int inconsistent, int flagged, int lostJournalEntries, int leftQueued,
                   int offlineWork, int offlineRuns, int compactions, int killsDuringCompaction) {
        Verdict withRuns(int offline, int finished, int killedDuring) {
            return new Verdict(kills, inconsistent, flagged, lostJournalEntries, leftQueued, offlineWork, offline,
                    finished, killedDuring);
        }
    }

    private CrashCheck() {
    }

    static Verdict check(int kills, JournalStore journal, LibrarySystem library, Path padFile, Path witness)
            throws IOException, LibraryException {
        List<JournalEntry> all = journal.all();
        Map<UUID, JournalEntry> byId = new HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        int lost = 0;
        for (Map.Entry<UUID, JournalState> w : witnessed(witness).entrySet()) {
            JournalEntry e = byId.get(w.getKey());
            if (e == null || rank(e.state()) < rank(w.getValue())
                    || rank(w.getValue()) == 3 && e.state() != w.getValue()) {
                lost++;
            }
        }
        lost += (int) all.stream().filter(e -> e.state().unfinished()).count();

        Map<String, Integer> afi = new HashMap<>();
        FilePadState.read(padFile).forEach(t -> afi.put(t.uid(), t.afi()));
        int inconsistent = 0;
        for (Scenario.PadEntry item : CrashWorkload.ITEMS) {
            boolean onLoan = library.item(item.itemId()).status().onLoan();
            int wanted = onLoan ? DemoTags.AFI_ON_LOAN : DemoTags.AFI_IN_STOCK;
            boolean agree = true;
            for (int part = 1; part <= item.parts(); part++) {
                agree &= afi.getOrDefault(DemoTags.uidFor(item.itemId(), part), -1) == wanted;
            }
            boolean flagged = all.stream().anyMatch(e -> e.itemId().equals(item.itemId()) && e.needsStaff());
            if (!agree && !flagged) {
                inconsistent++;
            }
        }
        int flagged = (int) all.stream().filter(JournalEntry::needsStaff).count();
        int leftQueued = (int) all.stream().filter(e -> e.replay() == ReplayState.QUEUED).count();
        int offlineWork = (int) all.stream().filter(JournalEntry::offline).count();
        return new Verdict(kills, inconsistent, flagged, lost, leftQueued, offlineWork, 0, 0, 0);
    }

    /** The last state the witness saw committed for each entry. */
    private static Map<UUID, JournalState> witnessed(Path witness) throws IOException {
        Map<UUID, JournalState> last = new HashMap<>();
        if (!Files.exists(witness)) {
            return last;
        }
        for (String line : Files.readAllLines(witness, StandardCharsets.US_ASCII)) {
            String[] f = line.split(" ");
            if (f.length == 2) {
                try {
                    UUID id = UUID.fromString(f[0]);
                    JournalState s = JournalState.valueOf(f[1]);
                    last.merge(id, s, (a, b) -> rank(b) >= rank(a) ? b : a);
                } catch (IllegalArgumentException torn) {
                    // the last line may be cut short by the kill; it proves nothing either way
                }
            }
        }
        return last;
    }

    private static int rank(JournalState s) {
        return switch (s) {
            case PENDING -> 0;
            case ACCEPTED -> 1;
            case COMPENSATING -> 2;
            default -> 3;
        };
    }
}
