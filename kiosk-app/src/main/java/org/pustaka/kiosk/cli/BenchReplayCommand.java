package org.pustaka.kiosk.cli;

import java.util.concurrent.Callable;
import org.pustaka.kiosk.bench.ReplayBench;
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
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (transactions < 1 || transactions > 1_000_000) {
            return ExitCodes.badInput(err, "--transactions must be 1 to 1000000, not " + transactions + ".");
        }
        return BenchRun.inWorkDir(spec, "pustaka-replay", "The replay benchmark",
                dir -> new ReplayBench(dir, err).run(transactions));
    }
}
