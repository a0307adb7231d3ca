package org.pustaka.kiosk.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FilePadState;
import org.pustaka.kiosk.compose.KioskEngine;
import org.pustaka.kiosk.circulation.Circulation;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.circulation.RecoverySummary;
import org.pustaka.kiosk.circulation.ReplaySummary;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.store.jdbc.Database;

/**
 * The kiosk side of the crash test, run in a child JVM that is killed at a journal commit the test's
 * seed chose (or, for some runs, at a random moment of its start-up): starts
 * the engine (which recovers what the last run left and replays offline work when the library answers),
 * says {@code ready}, then borrows and returns the test items on the file-backed pad as fast as it can
 * until it is killed; in the runs where the bench has cut the library off, it works offline. In half of
 * the runs (chosen by the seed) the local database also compacts itself over and over meanwhile, as a
 * running kiosk does when its file has grown, so that kills land in compactions too. With
 * {@code recoverOnly} it stops after recovery and replay and prints what they did. With {@code stacks}
 * it lays several items down at once and borrows or returns them as one stack, so that kills land
 * between a stack's tag writes and their common proof too.
 */
public final class CrashWorkload {
    /** The items on the pad: six books, one of them (30000105) a book with its CD. */
    static final List<Scenario.PadEntry> ITEMS = List.of(new Scenario.PadEntry("30000101", 1),
            new Scenario.PadEntry("30000102", 1), new Scenario.PadEntry("30000103", 1),
            new Scenario.PadEntry("30000104", 1), new Scenario.PadEntry("30000105", 2),
            new Scenario.PadEntry("30000113", 1));
    static final PatronCredentials PATRON = new PatronCredentials("2024000123", "1234");

    private CrashWorkload() {
    }

    /**
     * One run; {@code killAtCommit} > 0 stops the process dead at that journal commit of the run (before
     * it when {@code killBefore}, else just after it), see {@link WitnessedJournal}.
     */
    public static int run(KioskConfig config, Path padFile, Path witness, long seed, boolean recoverOnly,
                          int killAtCommit, boolean killBefore, boolean stacks, PrintWriter out)
            throws LibraryException {
        KioskEngine.Options options = new KioskEngine.Options(padFile, false,
                j -> new WitnessedJournal(j, witness, killAtCommit, killBefore));
        try (KioskEngine engine = KioskEngine.start(config, options)) {
            RecoverySummary recovered = engine.startupRecovery();
            Circulation desk = engine.desk();
            // what the maintenance timer does within seconds of a start with the library reachable
            ReplaySummary replayed = desk.replay();
            if (recoverOnly) {
                out.println("{\"finished\":" + recovered.finished() + ",\"abandoned\":" + recovered.abandoned()
                        + ",\"compensated\":" + recovered.compensated() + ",\"flagged\":" + recovered.flagged()
                        + ",\"left\":" + recovered.left() + ",\"replayed\":" + replayed.replayed()
                        + ",\"replayRefused\":" + replayed.refused() + ",\"replayLeft\":" + replayed.left() + "}");
                out.flush();
                return 0;
            }
            say(out, "ready");
            Random random = new Random(seed);
            if (random.nextBoolean()) {
                compactOverAndOver(engine.database(), new Random(random.nextLong()), out);
            }
            while (stacks) {
                stack(engine, desk, padFile, random);
            }
            while (true) {
                Scenario.PadEntry pick = ITEMS.get(random.nextInt(ITEMS.size()));
                Optional<PadItem> item = desk.padContent().items().stream()
                        .filter(i -> i.itemId().equals(pick.itemId())).findFirst();
                if (item.isEmpty()) {
                    continue;
                }
                if (onLoan(engine, padFile, pick.itemId())) {
                    desk.giveBack(item.get());
                } else {
                    desk.borrow(PATRON, item.get());
                }
            }
        }
    }

    /**
     * One stack: up to four items of the pad, picked at random, that are all lent or all in stock as the
     * first of them is, returned or borrowed together as a visitor laying them down at once would.
     */
    private static void stack(KioskEngine engine, Circulation desk, Path padFile, Random random) {
        List<PadItem> onPad = new ArrayList<>(desk.padContent().items());
        Collections.shuffle(onPad, random);
        List<PadItem> picked = onPad.subList(0, Math.min(onPad.size(), 1 + random.nextInt(4)));
        if (picked.isEmpty()) {
            return;
        }
        boolean lent = onLoan(engine, padFile, picked.get(0).itemId());
        List<PadItem> same = picked.stream().filter(i -> onLoan(engine, padFile, i.itemId()) == lent).toList();
        if (lent) {
            desk.giveBackAll(same);
        } else {
            desk.borrowAll(PATRON, same);
        }
    }

    /**
     * Whether to return the item rather than borrow it: the library's answer, or while it cannot be
     * reached (the offline runs) what the tag on the pad says, as a visitor holding the book would see it.
     */
    private static boolean onLoan(KioskEngine engine, Path padFile, String itemId) {
        try {
            return engine.library().item(itemId).status().onLoan();
        } catch (LibraryException unreachable) {
            String uid = DemoTags.uidFor(itemId, 1);
            return FilePadState.read(padFile).stream()
                    .anyMatch(t -> t.uid().equals(uid) && t.afi() == DemoTags.AFI_ON_LOAN);
        }
    }

    /** Compacts every 20 to 220 ms, saying {@code compacting} before each and {@code compacted} (or
     * {@code not compacted}, when the journal stayed busy) after. */
    private static void compactOverAndOver(Database db, Random random, PrintWriter out) {
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(20 + random.nextInt(200));
                } catch (InterruptedException e) {
                    return;
                }
                say(out, "compacting");
                say(out, db.compactNow(Duration.ofSeconds(5)).isPresent() ? "compacted" : "not compacted");
            }
        }, "crash-compaction");
        t.setDaemon(true);
        t.start();
    }

    private static void say(PrintWriter out, String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
