package org.pustaka.kiosk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.bench.StackBench;
import org.pustaka.kiosk.bench.WorkDir;
import org.pustaka.kiosk.config.ConfigException;
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
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (items < 1 || items > 500 || rounds < 1 || libraryDelay < 0) {
            err.println("--items must be 1 to 500, --rounds at least 1 and --library-delay-ms not negative.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        try (WorkDir dir = WorkDir.create("pustaka-stack")) {
            Json.print(spec.commandLine().getOut(),
                    new StackBench(dir.path(), err).run(items, rounds, config, libraryDelay));
            return ExitCodes.OK;
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println(p.describe()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            err.println("The stack benchmark could not run: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
    }
}
