package org.pustaka.kiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.bench.StackBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stack", description = "Borrows and returns a stack of tagged items through the whole kiosk engine"
        + " (FEIG reader emulator on a pseudo-terminal, SIP2 library over TCP); prints {items, rounds, p50Ms,"
        + " p95Ms, deviceMs, overheadRatio, ...}.")
public final class BenchStackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--items", required = true, description = "Items in the stack.")
    int items;

    @Option(names = "--rounds", defaultValue = "10", description = "Measured rounds after two warm-up rounds (default 10).")
    int rounds;

    @Option(names = "--config", paramLabel = "FILE", description = "The library system of this kiosk configuration"
            + " instead of the simulated one; it must hold the demo library's items and patron.")
    Path config;

    @Option(names = "--library-delay-ms", defaultValue = "0", description = "Extra time the simulated library takes"
            + " per answer, to play a slower network (default 0).")
    int libraryDelay;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (items < 1 || items > 500 || rounds < 1 || libraryDelay < 0) {
            return ExitCodes.badInput(err,
                    "--items must be 1 to 500, --rounds at least 1 and --library-delay-ms not negative.");
        }
        try {
            return BenchRun.inWorkDir(spec, "pustaka-stack", "The stack benchmark",
                    dir -> new StackBench(dir, err).run(items, rounds, config, libraryDelay));
        } catch (IllegalArgumentException e) {
            // more --items than the library of --config can lend
            return ExitCodes.badInput(err, e.getMessage());
        }
    }
}
