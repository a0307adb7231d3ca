package org.pustaka.kiosk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.bench.SoakBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "soak", description = "Complete visits, one after the other, in a JVM with -Xmx128m and the installed"
        + " kiosk's other JVM options; prints heap after GC, RSS and the database file's size at intervals and their"
        + " growth after warm-up.")
public final class BenchSoakCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sessions", required = true, description = "How many visits.")
    int sessions;

    @Option(names = "--bare-jvm", description = "Only -Xmx128m: the JVM's own defaults (G1 and C2 on a large"
            + " machine) instead of the installed kiosk's serial collector, C1 compiler and 512 KB stacks.")
    boolean bare;

    @Option(names = "--jvm-option", paramLabel = "OPTION", description = "An extra option for the soak JVM, after"
            + " the others (repeatable), e.g. --jvm-option=-XX:NativeMemoryTracking=summary.")
    List<String> jvmOptions = new ArrayList<>();

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (sessions < 10) {
            return ExitCodes.badInput(err, "--sessions must be at least 10, so that there is something after the"
                    + " warm-up; not " + sessions + ".");
        }
        return BenchRun.inWorkDir(spec, "pustaka-soak", "The soak",
                dir -> new SoakBench(dir, err).run(sessions, bare, jvmOptions));
    }
}
