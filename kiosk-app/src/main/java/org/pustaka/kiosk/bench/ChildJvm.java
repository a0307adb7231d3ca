package org.pustaka.kiosk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts this same kiosk (its jar, or its class path when run from a build) in a
 * new JVM with the given JVM options and kiosk arguments, for benchmarks that must measure a fresh
 * process: start-up time, and memory under a fixed heap limit.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static List<String> command(List<String> jvmOptions, List<String> kioskArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvmOptions);
        cmd.addAll(KioskJvm.launch(KioskJvm.ownJar()));
        cmd.addAll(kioskArgs);
        return cmd;
    }

    /** The last lines the child wrote to its log, for a failure message (the work folder is deleted). */
    static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
