package org.pustaka.kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.pustaka.kiosk.bench.WorkDir;
import org.pustaka.kiosk.config.ConfigException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the benchmark commands share once their options are checked: a fresh work folder, removed with
 * everything in it afterwards; the report as one JSON line; configuration problems as bad input; a run
 * that fails as one sentence naming the benchmark, exit 1.
 */
final class BenchRun {
    /** One benchmark run in {@code dir}; its answer is the report to print. */
    interface Body {
        Object report(Path dir) throws IOException, InterruptedException, ConfigException;
    }

    private BenchRun() {
    }

    /**
     * Runs {@code body} in a new temporary folder named with {@code prefix}; {@code name} begins the failure
     * sentence, such as "The soak". Unchecked exceptions other than those of I/O and state propagate.
     */
    static int inWorkDir(CommandSpec spec, String prefix, String name, Body body) {
        PrintWriter err = spec.commandLine().getErr();
        try (WorkDir dir = WorkDir.create(prefix)) {
            Json.print(spec.commandLine().getOut(), body.report(dir.path()));
            return ExitCodes.OK;
        } catch (ConfigException e) {
            return ExitCodes.badConfig(err, e);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return ExitCodes.failure(err, name + " could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILURE;
        }
    }
}
