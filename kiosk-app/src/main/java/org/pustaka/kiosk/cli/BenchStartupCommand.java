package org.pustaka.kiosk.cli;

import java.util.concurrent.Callable;
import org.pustaka.kiosk.bench.StartupBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "startup", description = "Time from launching the kiosk to 'kiosk ready' (headless engine in a new"
        + " JVM, repeated; with a display, the touchscreen window too); prints {runs, p50Ms, windowP50Ms, ...}.")
public final class BenchStartupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "7", description = "Measured starts after the first one (default 7).")
    int runs;

    @Option(names = "--no-window", description = "Do not start the touchscreen window even when there is a display.")
    boolean noWindow;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (runs < 1) {
            return ExitCodes.badInput(err, "--runs must be at least 1, not " + runs + ".");
        }
        return BenchRun.inWorkDir(spec, "pustaka-startup", "The start-up benchmark",
                dir -> new StartupBench(dir, err).run(runs, !noWindow));
    }
}
