package org.pustaka.kiosk.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FileBackedRfidPad;
import org.pustaka.kiosk.bench.KioskJvm;
import org.pustaka.kiosk.compose.LibraryConnection;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcJournalStore;

/**
 * {@code kiosk bench crash}: the simulated SIP2 library runs here, on its state file; the kiosk engine
 * runs in a child JVM on the same jar against it and a file-backed pad, borrowing and returning the
 * test items, and is killed, then started again. After the last kill one more run only recovers, and
 * {@link CrashCheck} judges. The seed fixes the whole schedule and, for most runs, the kill point too:
 * the child stops dead at its N-th journal commit (just before or just after it, see
 * {@link WitnessedJournal}), which its own seeded workload makes the same every time. The other runs
 * are killed with SIGKILL at a random moment of their start-up (opening the database, recovery), which
 * has few commits to aim at. Child JVMs are kept small and start from a class-data archive made by the
 * first run.
 */
public final class CrashBench {
    /** How long one run may take before the bench gives up on it: generous, for a machine under load. */
    private static final long RUN_LIMIT_SECONDS = 600;
    private final Path dir;
    private final boolean stacks;
    private final PrintWriter err;
    private final Random random;
    private final List<String> javaCommand;
    private int offlineRuns;
    private int compactions;
    private int killsDuringCompaction;
    private int killsAtCommit;

    /** {@code stacks}: the kiosk borrows and returns stacks of items laid down together. */
    public CrashBench(Path dir, long seed, boolean stacks, PrintWriter err) {
        this.dir = dir;
        this.stacks = stacks;
        this.err = err;
        this.random = new Random(seed);
        this.javaCommand = javaCommand(dir.resolve("kiosk.jsa"));
    }

    public CrashCheck.Verdict run(int kills) throws IOException, InterruptedException, LibraryException {
        Path pad = dir.resolve("pad.state");
        Path witness = dir.resolve("witness.log");
        try (LibraryConnection.SimServer library = LibraryConnection.startSimServer(dir.resolve("library-state.json"))) {
            Path config = writeConfig(library.port());
            try (LibrarySystem client = LibraryConnection.sip2Client(config)) {
                seedPad(pad, client);
            }
            runChild(config, pad, witness, 0, true, Kill.NONE, true);
            for (int k = 1; k <= kills; k++) {
                // every run draws the same numbers in the same order, so the schedule is the seed's alone
                int kind = random.nextInt(100);
                int startupMillis = random.nextInt(1500);
                int commit = 1 + random.nextInt(kind < 40 ? 8 : 80);
                boolean before = random.nextBoolean();
                Kill kill = kind < 15 ? new Kill(startupMillis, 0, false) : new Kill(-1, commit, before);
                // one run in four the library cannot be reached: the kiosk lends and takes back offline,
                // and a later run replays that work
                boolean offline = random.nextInt(4) == 0;
                library.acs().setOffline(offline);
                offlineRuns += offline ? 1 : 0;
                killsAtCommit += kill.atCommit() > 0 ? 1 : 0;
                runChild(config, pad, witness, random.nextLong(), false, kill, false);
                library.acs().setOffline(false);
                if (k % 25 == 0) {
                    err.println("[crash] " + k + " kills");
                    err.flush();
                }
            }
            runChild(config, pad, witness, 0, true, Kill.NONE, false);
            try (Database db = Database.open(dir.resolve("kiosk"));
                 LibrarySystem client = LibraryConnection.sip2Client(config)) {
                return CrashCheck.check(kills, new JdbcJournalStore(db), client, pad, witness)
                        .withRuns(offlineRuns, compactions, killsDuringCompaction, killsAtCommit);
            }
        }
    }

    /**
     * Where one run is killed: {@code afterMillis} after launch (SIGKILL during start-up), or at its
     * {@code atCommit}-th journal commit, before or after it (the child stops itself there).
     */
    private record Kill(long afterMillis, int atCommit, boolean before) {
        static final Kill NONE = new Kill(-1, 0, false);
    }

    /** One kiosk run. {@code recoverOnly}: wait for it to finish. Otherwise kill it as {@code kill} says. */
    private void runChild(Path config, Path pad, Path witness, long seed, boolean recoverOnly, Kill kill,
                          boolean makeArchive) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(makeArchive ? archiveCommand() : javaCommand);
        cmd.addAll(List.of("bench", "crash-worker", "--config", config.toString(), "--pad", pad.toString(),
                "--witness", witness.toString(), "--seed", Long.toString(seed)));
        if (recoverOnly) {
            cmd.add("--recover-only");
        }
        if (stacks) {
            cmd.add("--stacks");
        }
        if (kill.atCommit() > 0) {
            cmd.addAll(List.of("--kill-at-commit", Integer.toString(kill.atCommit())));
            if (kill.before()) {
                cmd.add("--kill-before");
            }
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(
                dir.resolve("worker.log").toFile())).start();
        ChildOutput output = new ChildOutput();
        Thread reader = new Thread(() -> output.read(p), "crash-child-output");
        reader.setDaemon(true);
        reader.start();
        if (recoverOnly) {
            if (!p.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly().waitFor();
                throw new IOException("The recovery run failed; see " + dir.resolve("worker.log"));
            }
            return;
        }
        if (kill.atCommit() > 0) {
            if (!p.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IOException("The kiosk did not reach journal commit " + kill.atCommit() + " within "
                        + RUN_LIMIT_SECONDS + " s; see " + dir.resolve("worker.log"));
            }
            if (p.exitValue() != WitnessedJournal.KILLED) {
                throw new IOException("The kiosk stopped by itself (exit " + p.exitValue() + ") before journal"
                        + " commit " + kill.atCommit() + "; see " + dir.resolve("worker.log"));
            }
        } else {
            Thread.sleep(kill.afterMillis());
        }
        p.destroyForcibly();
        p.waitFor();
        reader.join();
        compactions += output.compacted;
        if (output.compacting) {
            killsDuringCompaction++;
        }
    }

    /**
     * Reads a child's output to its end: {@code compacting} and {@code compacted} around each running
     * compaction of the local database.
     */
    private static final class ChildOutput {
        volatile int compacted;
        volatile boolean compacting;

        void read(Process p) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    switch (line) {
                        case "compacting" -> compacting = true;
                        case "compacted" -> {
                            compacted++;
                            compacting = false;
                        }
                        case "not compacted" -> compacting = false;
                        default -> {
                            // recovery summaries and anything else: not counted
                        }
                    }
                }
            } catch (IOException e) {
                // the child was killed: what was read so far counts
            }
        }
    }

    /** Every test item's tags on the pad, set as the library sees the item now. */
    private static void seedPad(Path padFile, LibrarySystem library) throws LibraryException {
        FileBackedRfidPad pad = FileBackedRfidPad.open(padFile);
        for (Scenario.PadEntry item : CrashWorkload.ITEMS) {
            boolean onLoan = library.item(item.itemId()).status().onLoan();
            for (int part = 1; part <= item.parts(); part++) {
                pad.place(DemoTags.tagFor(item.itemId(), item.parts(), part,
                        onLoan ? DemoTags.AFI_ON_LOAN : DemoTags.AFI_IN_STOCK));
            }
        }
    }

    private Path writeConfig(int port) throws IOException {
        Properties p = new Properties();
        p.setProperty("kiosk.id", "CRASH-01");
        p.setProperty("kiosk.dataDir", dir.resolve("kiosk").toString());
        p.setProperty("library.type", "sip2");
        p.setProperty("sip2.host", "127.0.0.1");
        p.setProperty("sip2.port", Integer.toString(port));
        p.setProperty("sip2.readTimeoutMillis", "5000");
        p.setProperty("rfid.driver", "sim");
        LibraryConnection.simCredentials().forEach(p::setProperty);
        Path file = dir.resolve("kiosk.properties");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "crash test kiosk");
        }
        return file;
    }

    private List<String> archiveCommand() {
        List<String> cmd = new ArrayList<>(javaCommand);
        if (cmd.get(1).startsWith("-XX:SharedArchiveFile=")) {
            cmd.set(1, cmd.get(1).replace("-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit="));
        }
        return cmd;
    }

    /** This JVM's java and this jar (or class path), with small-JVM flags; a class-data archive when on a jar. */
    private static List<String> javaCommand(Path archive) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        Path jar = KioskJvm.ownJar();
        if (jar != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
            cmd.add("-Xlog:cds=off");
            cmd.add("-Xlog:cds+dynamic=off");
        }
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-Xss512k",
                "-Dkiosk.consoleLevel=WARN"));
        cmd.addAll(KioskJvm.launch(jar));
        return cmd;
    }
}
