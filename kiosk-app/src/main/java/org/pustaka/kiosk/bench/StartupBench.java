package org.pustaka.kiosk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code kiosk bench startup}: starts the headless kiosk engine (the {@code startup-worker}) in a new JVM
 * with the production JVM options, again and again on the same data folder, and measures from process
 * launch to its {@code kiosk ready} line: what a visitor waits after a power cut, minus the OS boot.
 * The first run creates the database (first boot) and is reported apart.
 */
public final class StartupBench {
    /** The JVM options of the installed kiosk (/etc/default/pustaka-kiosk). */
    static final List<String> PRODUCTION_JVM = List.of("-Xms64m", "-Xmx384m", "-XX:+ExitOnOutOfMemoryError");

    private final Path dir;
    private final PrintWriter err;

    public StartupBench(Path dir, PrintWriter err) {
        this.dir = dir;
        this.err = err;
    }

    /** What {@code kiosk bench startup} prints; {@code windowP50Ms} is null when no window was measured. */
    public record Report(int runs, double p50Ms, double minMs, double maxMs, double firstRunMs,
                         double readyInsideJvmP50Ms, Double windowP50Ms, String window) {
    }

    public Report run(int runs) throws IOException, InterruptedException {
        double first = launch()[0];
        double[] total = new double[runs];
        double[] inside = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] t = launch();
            total[i] = t[0];
            inside[i] = t[1];
            err.printf("[startup] run %d: ready %.0f ms after launch (%.0f ms after the JVM ran Main)%n", i + 1,
                    t[0], t[1]);
            err.flush();
        }
        Percentiles p = new Percentiles(total);
        return new Report(runs, Percentiles.round(p.at(50), 1), Percentiles.round(p.at(0), 1),
                Percentiles.round(p.at(100), 1), Percentiles.round(first, 1),
                Percentiles.round(new Percentiles(inside).at(50), 1), null,
                "not measured: the touchscreen entry point is not part of this build");
    }

    /** One start: {launch to ready, Main to ready} in milliseconds. */
    private double[] launch() throws IOException, InterruptedException {
        List<String> cmd = ChildJvm.command(PRODUCTION_JVM,
                List.of("bench", "startup-worker", "--data-dir", dir.resolve("kiosk").toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(
                dir.resolve("worker.log").toFile())).start();
        double insideMs = -1;
        double launchMs = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("kiosk ready in ")) {
                    launchMs = (System.nanoTime() - start) / 1e6;
                    insideMs = Double.parseDouble(line.substring("kiosk ready in ".length()).replace(" ms", ""));
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || launchMs < 0) {
            p.destroyForcibly();
            throw new IOException("The kiosk did not start; it said: "
                    + ChildJvm.lastLines(dir.resolve("worker.log")));
        }
        return new double[] {launchMs, insideMs};
    }
}
