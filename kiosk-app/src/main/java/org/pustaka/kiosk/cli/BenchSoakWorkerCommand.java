package org.pustaka.kiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.bench.SoakWorker;
import org.pustaka.kiosk.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The kiosk side of {@code bench soak}, started by it in a JVM with a small heap. */
@Command(name = "soak-worker", hidden = true)
public final class BenchSoakWorkerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", required = true)
    Path dataDir;

    @Option(names = "--sessions", required = true)
    int sessions;

    @Option(names = "--every", defaultValue = "100")
    int every;

    @Override
    public Integer call() {
        try {
            SoakWorker.run(dataDir, sessions, Math.max(1, every), spec.commandLine().getOut());
            return ExitCodes.OK;
        } catch (ConfigException e) {
            return ExitCodes.badConfig(spec.commandLine().getErr(), e);
        }
    }
}
