package org.pustaka.kiosk.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.bench.ReplayBench;
import org.pustaka.kiosk.bench.WorkDir;
import org.pustaka.kiosk.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "replay", description = "N offline transactions journaled, then replayed to the library; prints journal"
        + " append p50/p99 and the replay rate.")
public final class BenchReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--transactions", required = true, description = "How many offline transactions.")
    int transactions;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (transactions < 1 || transactions > 1_000_000) {
            err.println("--transactions must be 1 to 1000000, not " + transactions + ".");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        try (WorkDir dir = WorkDir.create("pustaka-replay")) {
            Json.print(spec.commandLine().getOut(), new ReplayBench(dir.path(), err).run(transactions));
            return ExitCodes.OK;
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println(p.describe()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (IOException | IllegalStateException e) {
            err.println("The replay benchmark could not run: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
    }
}
