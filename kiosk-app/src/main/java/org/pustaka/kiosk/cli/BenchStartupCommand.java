package org.pustaka.kiosk.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.bench.StartupBench;
import org.pustaka.kiosk.bench.WorkDir;
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
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (runs < 1) {
            err.println("--runs must be at least 1, not " + runs + ".");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        try (WorkDir dir = WorkDir.create("pustaka-startup")) {
            Json.print(spec.commandLine().getOut(), new StartupBench(dir.path(), err).run(runs, !noWindow));
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("The start-up benchmark could not run: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILURE;
        }
    }
}
