package org.pustaka.kiosk.bench;

import java.awt.GraphicsEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code kiosk bench startup}: starts the headless kiosk engine (the {@code startup-worker}) in a new JVM
 * with the production JVM options, again and again on the same data folder, and measures from process
 * launch to its {@code kiosk ready} line: what a visitor waits after a power cut, minus the OS boot.
 * The first run creates the database (first boot) and is reported apart. With a display, it then starts
 * the touchscreen kiosk ({@code kiosk demo} in a window) the same number of times and measures from launch
 * to the window's own {@code kiosk ready in N ms} line (logged once the welcome screen is on the screen).
 */
public final class StartupBench {
    private static final Pattern READY = Pattern.compile("kiosk ready in \\d+ ms");
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

    public Report run(int runs, boolean window) throws IOException, InterruptedException {
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
        Double windowP50 = null;
        String windowNote;
        if (!window) {
            windowNote = "not measured: --no-window";
        } else if (GraphicsEnvironment.isHeadless()) {
            windowNote = "not measured: no display (set DISPLAY, or run under xvfb-run)";
        } else {
            double[] shown = new double[runs];
            for (int i = 0; i < runs; i++) {
                shown[i] = launchWindow();
                err.printf("[startup] window %d: welcome screen %.0f ms after launch%n", i + 1, shown[i]);
                err.flush();
            }
            windowP50 = Percentiles.round(new Percentiles(shown).at(50), 1);
            windowNote = "kiosk demo in a window, " + runs + " runs, launch to the welcome screen";
        }
        return new Report(runs, Percentiles.round(p.at(50), 1), Percentiles.round(p.at(0), 1),
                Percentiles.round(p.at(100), 1), Percentiles.round(first, 1),
                Percentiles.round(new Percentiles(inside).at(50), 1), windowP50, windowNote);
    }

    /** One start of the touchscreen kiosk: launch to its window's ready line, in milliseconds; then stops it. */
    private double launchWindow() throws IOException, InterruptedException {
        List<String> jvm = new ArrayList<>(KioskJvm.INSTALLED);
        jvm.addAll(KioskJvm.classDataOptions());
        jvm.add("-Dkiosk.consoleLevel=INFO");
        List<String> cmd = ChildJvm.command(jvm, List.of("demo", "--data-dir", dir.resolve("window").toString()));
        long start = System.nanoTime();
        // the console log goes to stderr; stdout is not read and goes to the log file too
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.appendTo(
                dir.resolve("window.log").toFile())).start();
        double launchMs = -1;
        try (BufferedReader log = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = log.readLine()) != null) {
                if (READY.matcher(line).find()) {
                    launchMs = (System.nanoTime() - start) / 1e6;
                    break;
                }
            }
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        if (launchMs < 0) {
            throw new IOException("The touchscreen kiosk stopped before its window was ready (exit " + p.exitValue()
                    + "); run 'kiosk demo' to see why.");
        }
        return launchMs;
    }

    /** One start: {launch to ready, Main to ready} in milliseconds. */
    private double[] launch() throws IOException, InterruptedException {
        List<String> jvm = new ArrayList<>(KioskJvm.INSTALLED);
        jvm.addAll(KioskJvm.classDataOptions());
        List<String> cmd = ChildJvm.command(jvm,
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
