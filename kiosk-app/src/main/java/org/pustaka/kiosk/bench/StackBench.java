package org.pustaka.kiosk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FeigReaderEmulator;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.kiosk.circulation.Circulation;
import org.pustaka.kiosk.circulation.IdentifyResult;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.compose.KioskEngine;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.demo.Scenario;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.sip2.sim.SimulatedAcs;

/**
 * {@code kiosk bench stack}: a visitor identifies, lays a stack of N tagged items on the pad, borrows
 * them, lays them down again and returns them, round after round, through the whole kiosk engine
 * (circulation, H2 journal, outbox, SIP2 client, FEIG driver over jSSC). The reader is the FEIG emulator
 * at its real-reader pacing on a socat pseudo-terminal; the library is the simulated SIP2 server over
 * TCP, or the one {@code --config} names. Timing decorators at the reader and library ports measure what
 * the devices took, so {@code overheadRatio} is what the kiosk's own code adds on top.
 */
public final class StackBench {
    private static final int WARM_UP_ROUNDS = 2;

    private final Path dir;
    private final PrintWriter err;

    public StackBench(Path dir, PrintWriter err) {
        this.dir = dir;
        this.err = err;
    }

    public StackReport run(int n, int rounds, Path configFile, int libraryDelayMillis)
            throws IOException, ConfigException {
        PortTimer readerTime = new PortTimer();
        PortTimer libraryTime = new PortTimer();
        AppendTimes journalTime = new AppendTimes();
        SimRfidPad pad = new SimRfidPad();
        SimulatedAcs acs = null;
        try (PtyPair line = PtyPair.start(); FeigReaderEmulator reader = new FeigReaderEmulator(pad)) {
            reader.startOnDevice(line.first());
            Properties p;
            List<Scenario.PadEntry> items;
            PatronCredentials visitor;
            if (configFile == null) {
                acs = new SimulatedAcs(BenchLibrary.catalog(n), Clock.systemUTC(), ZoneId.of("Asia/Jakarta"));
                int port = acs.start(0, null);
                acs.faults().delayMillis = libraryDelayMillis;
                p = new Properties();
                p.setProperty("kiosk.id", "BENCH-01");
                p.setProperty("library.type", "sip2");
                p.setProperty("sip2.host", "127.0.0.1");
                p.setProperty("sip2.port", Integer.toString(port));
                p.setProperty("sip2.institution", "MLG");
                items = BenchLibrary.items(n);
                visitor = BenchLibrary.VISITOR;
            } else {
                p = load(configFile);
                items = BenchLibrary.demoItems();
                if (items.size() < n) {
                    throw new IllegalArgumentException("--items " + n + " is more than the " + items.size()
                            + " items of the demo library a visitor can borrow; use --items " + items.size() + " or fewer.");
                }
                items = items.subList(0, n);
                Scenario s = Scenario.builtIn();
                visitor = new PatronCredentials(s.patron(), s.pin().isEmpty() ? null : s.pin());
            }
            p.setProperty("kiosk.dataDir", dir.resolve("kiosk").toString());
            p.setProperty("rfid.driver", "feig");
            p.setProperty("rfid.port", line.second().toString());
            KioskConfig config = KioskConfig.from(p, Map.of());
            for (Scenario.PadEntry e : items) {
                for (int part = 1; part <= e.parts(); part++) {
                    pad.place(DemoTags.tagFor(e.itemId(), e.parts(), part, DemoTags.AFI_IN_STOCK));
                }
            }
            AtomicReference<TimedRfidReader> timedReader = new AtomicReference<>();
            KioskEngine.Options options = new KioskEngine.Options(null, false,
                    j -> new TimedJournalStore(j, journalTime),
                    r -> {
                        timedReader.set(new TimedRfidReader(r, readerTime));
                        return timedReader.get();
                    }, l -> new TimedLibrarySystem(l, libraryTime));
            int tags = items.stream().mapToInt(Scenario.PadEntry::parts).sum();
            try (KioskEngine engine = KioskEngine.start(config, options)) {
                return measure(engine.desk(), visitor, n, rounds, new Ports(readerTime, libraryTime, journalTime,
                        timedReader.get()), ReaderFloor.ofStack(tags));
            }
        } finally {
            if (acs != null) {
                acs.close();
            }
        }
    }

    /** The timing decorators the engine was started with, and the reader's command count. */
    private record Ports(PortTimer readerTime, PortTimer libraryTime, AppendTimes journalTime,
                         TimedRfidReader reader) {
    }

    private StackReport measure(Circulation desk, PatronCredentials visitor, int n, int rounds, Ports ports,
                                ReaderFloor floor) {
        PortTimer readerTime = ports.readerTime();
        PortTimer libraryTime = ports.libraryTime();
        AppendTimes journalTime = ports.journalTime();
        double[] commands = new double[rounds];
        double[] total = new double[rounds];
        double[] borrow = new double[rounds];
        double[] device = new double[rounds];
        double[] reader = new double[rounds];
        double[] library = new double[rounds];
        double[] journal = new double[rounds];
        for (int r = -WARM_UP_ROUNDS; r < rounds; r++) {
            readerTime.reset();
            libraryTime.reset();
            journalTime.reset();
            long commandsBefore = ports.reader().commandsSent();
            long start = System.nanoTime();
            IdentifyResult who = desk.identify(visitor);
            if (who.refusal() != null) {
                throw new IllegalStateException("The library refused the benchmark visitor: " + who.refusal().reason());
            }
            List<PadItem> stack = padOf(desk, n);
            desk.borrowAll(visitor, stack).forEach(o -> expectDone("borrow", o));
            long borrowed = System.nanoTime();
            stack = padOf(desk, n);
            desk.giveBackAll(stack).forEach(o -> expectDone("return", o));
            long end = System.nanoTime();
            long sent = ports.reader().commandsSent() - commandsBefore;
            if (r >= 0) {
                commands[r] = sent;
                total[r] = (end - start) / 1e6;
                borrow[r] = (borrowed - start) / 1e6;
                reader[r] = readerTime.nanos() / 1e6;
                library[r] = libraryTime.nanos() / 1e6;
                device[r] = reader[r] + library[r];
                journal[r] = journalTime.totalNanos() / 1e6;
                err.printf("[stack] round %d: %.1f ms, devices %.1f ms (reader %.1f, library %.1f), journal %.1f ms"
                        + " in %d appends, %d reader commands (floor %d)%n", r + 1, total[r], device[r], reader[r],
                        library[r], journal[r], journalTime.count(), sent, floor.commandsPerRound());
                err.flush();
            }
        }
        return StackReport.of(n, rounds, total, borrow, device, reader, library, journal)
                .withCommands(commands, floor);
    }

    /**
     * The pad's items, read again (as the touchscreen does while a visitor waits) when a read does not show
     * the whole stack: on a heavily loaded machine a tag's answer can miss the reader's time limit, and its
     * item then shows as incomplete or unreadable for one read. The extra reads count in the round's time.
     */
    private static List<PadItem> padOf(Circulation desk, int n) {
        List<PadItem> stack = List.of();
        for (int attempt = 0; attempt < 3; attempt++) {
            stack = desk.padContent().items();
            if (stack.size() == n && stack.stream().allMatch(i -> i.complete() && i.readable())) {
                return stack;
            }
        }
        throw new IllegalStateException("The pad showed " + stack.size() + " items instead of " + n + " in three reads: "
                + stack.stream().map(i -> i.itemId() + (i.complete() ? "" : " (incomplete)")
                        + (i.readable() ? "" : " (unreadable)")).toList() + ".");
    }

    private static void expectDone(String what, ItemOutcome o) {
        if (o.result() != ItemOutcome.Result.DONE) {
            throw new IllegalStateException("The " + what + " of item " + o.itemId() + " ended " + o.result()
                    + (o.refusal() == null ? "" : " (" + o.refusal().reason() + ")")
                    + "; the benchmark needs every transaction to succeed.");
        }
    }

    private static Properties load(Path file) throws ConfigException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("--config", file.toString(), "a readable UTF-8 properties file");
        }
        return p;
    }
}
