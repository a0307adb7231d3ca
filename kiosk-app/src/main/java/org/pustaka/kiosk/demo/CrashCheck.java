package org.pustaka.kiosk.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FilePadState;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.ReplayState;

/**
 * The crash test's verdict once the last kiosk run has recovered: for every test item, the library's
 * loan state and every one of its tags' AFI agree, or the item's latest step that set its state was
 * flagged for staff (an old flag on the item excuses nothing that happened after it); and every journal
 * step the witness file saw committed is still in the journal (at that state or a later one), with no
 * entry left unfinished. Each disagreeing item is named with its library state, its tags and its last
 * journal steps.
 */
final class CrashCheck {
    private static final int STEPS_SHOWN = 12;

    /**
     * What the crash test found. {@code leftQueued}: offline work the last run's replay did not deliver
     * (must be 0); {@code offlineWork}: how many journal entries were taken offline over all runs;
     * {@code offlineRuns}: runs with the library cut off; {@code compactions}: running compactions of the
     * local database that finished; {@code killsDuringCompaction}: kills that landed inside one;
     * {@code killsAtCommit}: kills placed at a journal commit chosen by the seed (the rest land at a random
     * moment of the start-up); {@code disagreements}: the inconsistent items, one by one.
     */
    record Verdict(int kills, int inconsistent, int flagged, int lostJournalEntries, int leftQueued,
                   int offlineWork, int offlineRuns, int compactions, int killsDuringCompaction, int killsAtCommit,
                   List<Disagreement> disagreements) {
        Verdict withRuns(int offline, int finished, int killedDuring, int atCommit) {
            return new Verdict(kills, inconsistent, flagged, lostJournalEntries, leftQueued, offlineWork, offline,
                    finished, killedDuring, atCommit, disagreements);
        }
    }

    /** One item whose loan and tags disagree: the library's word, each tag's AFI, its last journal steps. */
    record Disagreement(String itemId, boolean libraryOnLoan, Map<String, String> tagAfi, List<String> steps) {
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
            if (e == null || e.state().progress() < w.getValue().progress()
                    || w.getValue().progress() == 3 && e.state() != w.getValue()) {
                lost++;
            }
        }
        lost += (int) all.stream().filter(e -> e.state().unfinished()).count();

        Map<String, Integer> afi = new HashMap<>();
        FilePadState.read(padFile).forEach(t -> afi.put(t.uid(), t.afi()));
        List<Disagreement> disagreements = new ArrayList<>();
        for (Scenario.PadEntry item : CrashWorkload.ITEMS) {
            boolean onLoan = library.item(item.itemId()).status().onLoan();
            int wanted = onLoan ? DemoTags.AFI_ON_LOAN : DemoTags.AFI_IN_STOCK;
            boolean agree = true;
            Map<String, String> tags = new LinkedHashMap<>();
            for (int part = 1; part <= item.parts(); part++) {
                String uid = DemoTags.uidFor(item.itemId(), part);
                int seen = afi.getOrDefault(uid, -1);
                agree &= seen == wanted;
                tags.put(uid, seen < 0 ? "not on the pad" : String.format("%02X", seen));
            }
            List<JournalEntry> steps = all.stream().filter(e -> e.itemId().equals(item.itemId())).toList();
            if (!agree && !flaggedLast(steps)) {
                disagreements.add(new Disagreement(item.itemId(), onLoan, tags, describe(steps)));
            }
        }
        int flagged = (int) all.stream().filter(JournalEntry::needsStaff).count();
        int leftQueued = (int) all.stream().filter(e -> e.replay() == ReplayState.QUEUED).count();
        int offlineWork = (int) all.stream().filter(JournalEntry::offline).count();
        return new Verdict(kills, disagreements.size(), flagged, lost, leftQueued, offlineWork, 0, 0, 0, 0,
                disagreements);
    }

    /**
     * Whether the item's latest step that set its state (finished on the tag, or flagged) is one staff
     * must look at; refused, abandoned and undone steps changed nothing and are passed over.
     */
    static boolean flaggedLast(List<JournalEntry> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            JournalEntry e = steps.get(i);
            if (e.state() == JournalState.TAG_DONE || e.state() == JournalState.FLAGGED) {
                return e.needsStaff();
            }
        }
        return false;
    }

    private static List<String> describe(List<JournalEntry> steps) {
        List<String> out = new ArrayList<>();
        for (JournalEntry e : steps.subList(Math.max(0, steps.size() - STEPS_SHOWN), steps.size())) {
            out.add(e.createdAt() + " " + e.kind() + " " + e.state() + (e.offline() ? " offline " + e.replay() : "")
                    + (e.detail().isEmpty() ? "" : ": " + e.detail()));
        }
        return out;
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
                    last.merge(id, s, (a, b) -> b.progress() >= a.progress() ? b : a);
                } catch (IllegalArgumentException torn) {
                    // the last line may be cut short by the kill; it proves nothing either way
                }
            }
        }
        return last;
    }
}
