package org.pustaka.kiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.demo.CrashBench;
import org.pustaka.kiosk.demo.CrashWorkload;
import org.pustaka.kiosk.library.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Benchmarks and the crash test, as JSON.",
        subcommands = {BenchStackCommand.class, BenchStartupCommand.class,
                BenchSoakCommand.class, BenchReplayCommand.class, BenchJmhCommand.class,
                BenchStartupWorkerCommand.class, BenchSoakWorkerCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ExitCodes.badInput(spec.commandLine().getErr(), "Name what to run: 'kiosk bench crash --kills N"
                + " --seed S' or one of stack, startup, soak, replay, jmh.");
    }

    @Command(name = "crash", description = "Kills the kiosk engine with SIGKILL at random moments and checks that"
            + " loans and tags agree afterwards; prints {kills, inconsistent, flagged, lostJournalEntries}.")
    int crash(@Option(names = "--kills", defaultValue = "100", description = "How many times to kill (default 100).")
              int kills,
              @Option(names = "--seed", defaultValue = "1", description = "Seed for the random kill moments.") long seed,
              @Option(names = "--dir", paramLabel = "DIR", description = "Work folder (default: a new temporary one).")
              Path dir,
              @Option(names = "--stacks", description = "Borrow and return stacks of up to four items laid down"
                      + " together instead of one item at a time.") boolean stacks)
            throws IOException, InterruptedException {
        var err = spec.commandLine().getErr();
        if (kills < 1) {
            return ExitCodes.badInput(err, "--kills must be at least 1, not " + kills + ".");
        }
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("pustaka-crash");
        try {
            var verdict = new CrashBench(work, seed, stacks, err).run(kills);
            Json.print(spec.commandLine().getOut(), verdict);
            return ExitCodes.OK;
        } catch (IOException | LibraryException e) {
            return ExitCodes.failure(err, "The crash test could not run: " + e.getMessage());
        }
    }

    /** The kiosk side of the crash test, started by {@code crash} in a child JVM. */
    @Command(name = "crash-worker", hidden = true)
    int crashWorker(@Option(names = "--config", required = true) Path config,
                    @Option(names = "--pad", required = true) Path pad,
                    @Option(names = "--witness", required = true) Path witness,
                    @Option(names = "--seed", defaultValue = "0") long seed,
                    @Option(names = "--recover-only") boolean recoverOnly,
                    @Option(names = "--kill-at-commit", defaultValue = "0") int killAtCommit,
                    @Option(names = "--kill-before") boolean killBefore,
                    @Option(names = "--stacks") boolean stacks) throws LibraryException {
        try {
            return CrashWorkload.run(KioskConfig.load(config, Map.of()), pad, witness, seed, recoverOnly,
                    killAtCommit, killBefore, stacks, spec.commandLine().getOut());
        } catch (ConfigException e) {
            return ExitCodes.badConfig(spec.commandLine().getErr(), e);
        }
    }
}
