package org.pustaka.kiosk.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FileBackedRfidPad;
import org.pustaka.kiosk.compose.LibraryConnection;
import org.pustaka.kiosk.Main;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcJournalStore;

/**
 * {@code kiosk bench crash}: the simulated SIP2 library runs here, on its state file; the kiosk engine
 * runs in a child JVM on the same jar against it and a file-backed pad, borrowing and returning the
 * test items, and is killed with SIGKILL at random moments (sometimes during its start-up recovery),
 * then started again. After the last kill one more run only recovers, and {@link CrashCheck} judges.
 * Child JVMs are kept small and start from a class-data archive made by the first run.
 */
public final class CrashBench {
    private final Path dir;
    private final PrintWriter err;
    private final Random random;
    private final List<String> javaCommand;
    private int offlineRuns;
    private int compactions;
    private int killsDuringCompaction;

    public CrashBench(Path dir, long seed, PrintWriter err) {
        this.dir = dir;
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
            runChild(config, pad, witness, 0, true, -1, true);
            for (int k = 1; k <= kills; k++) {
                long killAfter = random.nextInt(100) < 30 ? random.nextInt(1500) : -1;
                // one run in four the library cannot be reached: the kiosk lends and takes back offline,
                // and a later run replays that work
                boolean offline = random.nextInt(4) == 0;
                library.acs().setOffline(offline);
                offlineRuns += offline ? 1 : 0;
                runChild(config, pad, witness, random.nextLong(), false, killAfter, false);
                library.acs().setOffline(false);
                if (k % 25 == 0) {
                    err.println("[crash] " + k + " kills");
                    err.flush();
                }
            }
            runChild(config, pad, witness, 0, true, -1, false);
            try (Database db = Database.open(dir.resolve("kiosk"));
                 LibrarySystem client = LibraryConnection.sip2Client(config)) {
                return CrashCheck.check(kills, new JdbcJournalStore(db), client, pad, witness)
                        .withRuns(offlineRuns, compactions, killsDuringCompaction);
            }
        }
    }

    /**
     * One kiosk run. {@code recoverOnly}: wait for it to finish. Otherwise kill it {@code killAfterMillis}
     * after launch (during start-up), or when negative a short random time after it said ready.
     */
    private void runChild(Path config, Path pad, Path witness, long seed, boolean recoverOnly, long killAfterMillis,
                          boolean makeArchive) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(makeArchive ? archiveCommand() : javaCommand);
        cmd.addAll(List.of("bench", "crash-worker", "--config", config.toString(), "--pad", pad.toString(),
                "--witness", witness.toString(), "--seed", Long.toString(seed)));
        if (recoverOnly) {
            cmd.add("--recover-only");
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(
                dir.resolve("worker.log").toFile())).start();
        ChildOutput output = new ChildOutput();
        Thread reader = new Thread(() -> output.read(p), "crash-child-output");
        reader.setDaemon(true);
        reader.start();
        CompletableFuture<Boolean> ready = output.ready;
        if (recoverOnly) {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly().waitFor();
                throw new IOException("The recovery run failed; see " + dir.resolve("worker.log"));
            }
            return;
        }
        if (killAfterMillis >= 0) {
            Thread.sleep(killAfterMillis);
        } else {
            try {
                if (!ready.get(120, TimeUnit.SECONDS)) {
                    throw new IOException("the kiosk stopped before it was ready");
                }
            } catch (Exception e) {
                p.destroyForcibly().waitFor();
                throw new IOException("The kiosk did not start; see " + dir.resolve("worker.log"), e);
            }
            Thread.sleep(random.nextInt(600));
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
     * Reads a child's output to its end: {@code ready}, then {@code compacting} and {@code compacted} around
     * each running compaction of the local database. {@link #ready} says whether the child got ready.
     */
    private static final class ChildOutput {
        final CompletableFuture<Boolean> ready = new CompletableFuture<>();
        volatile int compacted;
        volatile boolean compacting;

        void read(Process p) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    switch (line) {
                        case "ready" -> ready.complete(true);
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
            } finally {
                ready.complete(false);
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
        Path jar = ownJar();
        if (jar != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
            cmd.add("-Xlog:cds=off");
            cmd.add("-Xlog:cds+dynamic=off");
        }
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-Xss512k",
                "-Dkiosk.consoleLevel=WARN"));
        if (jar != null) {
            cmd.addAll(List.of("-jar", jar.toString()));
        } else {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        return cmd;
    }

    private static Path ownJar() {
        try {
            Path where = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return where.toString().endsWith(".jar") ? where : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }
}
