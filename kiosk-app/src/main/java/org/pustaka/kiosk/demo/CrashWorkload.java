package org.pustaka.kiosk.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.pustaka.kiosk.KioskEngine;
import org.pustaka.kiosk.circulation.Circulation;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.circulation.RecoverySummary;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.store.jdbc.Database;

/**
 * The kiosk side of the crash test, run in a child JVM that the test kills at random moments: starts
 * the engine (which recovers what the last run left), says {@code ready}, then borrows and returns the
 * test items on the file-backed pad as fast as it can until it is killed. In half of the runs (chosen by
 * the seed) the local database also compacts itself over and over meanwhile, as a running kiosk does
 * when its file has grown, so that kills land in compactions too. With {@code recoverOnly} it stops after
 * recovery and prints what recovery did.
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

    public static int run(KioskConfig config, Path padFile, Path witness, long seed, boolean recoverOnly,
                          PrintWriter out) throws LibraryException {
        KioskEngine.Options options = new KioskEngine.Options(padFile, false, j -> new WitnessedJournal(j, witness));
        try (KioskEngine engine = KioskEngine.start(config, options)) {
            RecoverySummary recovered = engine.startupRecovery();
            if (recoverOnly) {
                out.println("{\"finished\":" + recovered.finished() + ",\"abandoned\":" + recovered.abandoned()
                        + ",\"compensated\":" + recovered.compensated() + ",\"flagged\":" + recovered.flagged()
                        + ",\"left\":" + recovered.left() + "}");
                out.flush();
                return 0;
            }
            say(out, "ready");
            Circulation desk = engine.desk();
            Random random = new Random(seed);
            if (random.nextBoolean()) {
                compactOverAndOver(engine.database(), new Random(random.nextLong()), out);
            }
            while (true) {
                Scenario.PadEntry pick = ITEMS.get(random.nextInt(ITEMS.size()));
                Optional<PadItem> item = desk.padContent().items().stream()
                        .filter(i -> i.itemId().equals(pick.itemId())).findFirst();
                if (item.isEmpty()) {
                    continue;
                }
                if (engine.library().item(pick.itemId()).status().onLoan()) {
                    desk.giveBack(item.get());
                } else {
                    desk.borrow(PATRON, item.get());
                }
            }
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
