package org.pustaka.kiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.bench.ClassDataTraining;
import org.pustaka.kiosk.bench.StartupWorker;
import org.pustaka.kiosk.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The kiosk side of {@code bench startup}, started by it in a new JVM; with {@code --train}, the
 * training run the launcher and the package use to build the class-data archive.
 */
@Command(name = "startup-worker", hidden = true)
public final class BenchStartupWorkerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", required = true)
    Path dataDir;

    @Option(names = "--train", description = "Also load the welcome window's classes, for -XX:ArchiveClassesAtExit.")
    boolean train;

    @Override
    public Integer call() {
        try {
            if (train) {
                ClassDataTraining.run(dataDir, spec.commandLine().getOut());
            } else {
                StartupWorker.run(dataDir, spec.commandLine().getOut());
            }
            return ExitCodes.OK;
        } catch (ConfigException e) {
            return ExitCodes.badConfig(spec.commandLine().getErr(), e);
        }
    }
}
