package org.pustaka.kiosk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.pustaka.kiosk.circulation.Circulation;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.circulation.ReplaySummary;
import org.pustaka.kiosk.compose.KioskEngine;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.demo.Scenario;
import org.pustaka.kiosk.demo.SimDevices;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.sip2.sim.SimulatedAcs;

/**
 * {@code kiosk bench replay}: with the simulated SIP2 library cut off, visitors borrow stacks of ten and
 * return them, all offline, until N transactions wait in the journal; then the library comes back and
 * the queue is replayed. Every journal append (one committed H2 transaction each) is timed. Afterwards
 * the library must hold no loan at all: every checkout was replayed and then its return, none doubled.
 */
public final class ReplayBench {
    private static final int STACK = 10;
    private static final int ITEMS_PER_VISITOR = 100;

    private final Path dir;
    private final PrintWriter err;

    public ReplayBench(Path dir, PrintWriter err) {
        this.dir = dir;
        this.err = err;
    }

    /** What {@code kiosk bench replay} prints. */
    public record Report(int transactions, int appends, double appendP50Ms, double appendP99Ms,
                         double offlinePerSecond, int replayed, int refused, int left, double replaySeconds,
                         double replayPerSecond, int loansLeftInLibrary) {
    }

    public Report run(int transactions) throws IOException, ConfigException {
        int items = (transactions + 1) / 2;
        int visitors = (items + ITEMS_PER_VISITOR - 1) / ITEMS_PER_VISITOR;
        AppendTimes appends = new AppendTimes();
        try (SimulatedAcs acs = new SimulatedAcs(BenchLibrary.catalog(items, visitors), Clock.systemUTC(),
                ZoneId.of("Asia/Jakarta"))) {
            int port = acs.start(0, null);
            Properties p = new Properties();
            p.setProperty("kiosk.id", "BENCH-01");
            p.setProperty("kiosk.dataDir", dir.resolve("kiosk").toString());
            p.setProperty("library.type", "sip2");
            p.setProperty("sip2.host", "127.0.0.1");
            p.setProperty("sip2.port", Integer.toString(port));
            p.setProperty("sip2.institution", "MLG");
            p.setProperty("sip2.retries", "0");
            p.setProperty("offline.maxItemsPerPatron", Integer.toString(ITEMS_PER_VISITOR));
            p.setProperty("offline.maxQueued", Integer.toString(Math.max(transactions, 1)));
            p.setProperty("offline.retrySeconds", "3600");
            KioskConfig config = KioskConfig.from(p, Map.of());
            KioskEngine.Options options = new KioskEngine.Options(dir.resolve("pad.state"), false,
                    j -> new TimedJournalStore(j, appends), null, null);
            try (KioskEngine engine = KioskEngine.start(config, options)) {
                Circulation desk = engine.desk();
                SimDevices dev = engine.devices().orElseThrow();
                acs.setOffline(true);
                appends.reset();
                long start = System.nanoTime();
                int done = offlineWork(desk, dev, BenchLibrary.items(items), transactions);
                double offlineSeconds = (System.nanoTime() - start) / 1e9;
                Percentiles a = new Percentiles(appends.millis());
                int appendCount = appends.count();
                acs.setOffline(false);
                long replayStart = System.nanoTime();
                ReplaySummary s = desk.replay();
                double replaySeconds = (System.nanoTime() - replayStart) / 1e9;
                int loans = 0;
                for (Scenario.PadEntry e : BenchLibrary.items(items)) {
                    loans += acs.isCheckedOut(e.itemId()) ? 1 : 0;
                }
                int expectLoans = done % 2;
                return new Report(done, appendCount, Percentiles.round(a.at(50), 3), Percentiles.round(a.at(99), 3),
                        Percentiles.round(done / offlineSeconds, 1), s.replayed(), s.refused(), s.left(),
                        Percentiles.round(replaySeconds, 2), Percentiles.round(s.replayed() / replaySeconds, 1),
                        loans - expectLoans);
            }
        }
    }

    /** Offline checkouts and returns, a stack of ten at a time; returns how many were recorded. */
    private int offlineWork(Circulation desk, SimDevices dev, List<Scenario.PadEntry> items, int transactions) {
        int done = 0;
        for (int from = 0; from < items.size() && done < transactions; from += STACK) {
            List<Scenario.PadEntry> stack = items.subList(from, Math.min(items.size(), from + STACK));
            PatronCredentials visitor = BenchLibrary.visitor(from / ITEMS_PER_VISITOR + 1);
            if (desk.identify(visitor).refusal() != null) {
                throw new IllegalStateException("A benchmark visitor was refused offline.");
            }
            stack.forEach(e -> dev.placeItem(e.itemId(), e.parts(), false));
            for (PadItem item : desk.padContent().items()) {
                expectOffline(desk.borrow(visitor, item));
                done++;
            }
            dev.clearPad();
            stack.forEach(e -> dev.placeItem(e.itemId(), e.parts(), true));
            for (PadItem item : desk.padContent().items()) {
                if (done < transactions) {
                    expectOffline(desk.giveBack(item));
                    done++;
                }
            }
            dev.clearPad();
            if (from % 200 == 0) {
                err.println("[replay] " + done + " offline transactions recorded");
                err.flush();
            }
        }
        return done;
    }

    private static void expectOffline(ItemOutcome o) {
        if (o.result() != ItemOutcome.Result.DONE_OFFLINE) {
            throw new IllegalStateException("Item " + o.itemId() + " ended " + o.result()
                    + (o.refusal() == null ? "" : " (" + o.refusal().reason() + ")") + " instead of being recorded offline.");
        }
    }
}
