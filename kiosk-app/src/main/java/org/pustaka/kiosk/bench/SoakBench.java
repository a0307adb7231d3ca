package org.pustaka.kiosk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * {@code kiosk bench soak}: runs the {@link SoakWorker} in a child JVM with the installed kiosk's JVM
 * options ({@link KioskJvm}) but a heap limit of 128 MB, or with {@code bare} only {@code -Xmx128m} and the
 * JVM's own defaults (which on a large machine start the heap at its limit), and reads its memory samples. The first fifth of the visits (at least one sample) is warm-up (class loading, JIT,
 * H2's cache filling); over the rest, a least-squares line through heap-after-GC and RSS gives the
 * growth per 10,000 visits. The database file's largest size and the number of compactions the running
 * database made show that its file stays bounded too.
 */
public final class SoakBench {
    /** The heap limit the soak's goal is set for. */
    static final String SOAK_XMX = "-Xmx128m";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    private final PrintWriter err;

    public SoakBench(Path dir, PrintWriter err) {
        this.dir = dir;
        this.err = err;
    }

    /** What {@code kiosk bench soak} prints. Growth figures are MB per 10,000 visits after warm-up. */
    public record Report(int sessions, String jvm, double seconds, double heapMbAfterWarmUp, double heapMbAtEnd,
                         double heapGrowthMbPer10k, double rssMbAfterWarmUp, double rssMbAtEnd, double rssMaxMb,
                         double rssGrowthMbPer10k, double databaseMbMax, int compactions,
                         List<MemorySample> samples) {
    }

    public Report run(int sessions, boolean bare, List<String> extraJvmOptions) throws IOException,
            InterruptedException {
        int every = Math.max(1, sessions / 50);
        List<String> jvm = new ArrayList<>();
        if (bare) {
            jvm.addAll(List.of(SOAK_XMX, "-XX:+ExitOnOutOfMemoryError"));
        } else {
            KioskJvm.HEAP.stream().map(o -> o.startsWith("-Xmx") ? SOAK_XMX : o).forEach(jvm::add);
            jvm.addAll(KioskJvm.TUNING);
        }
        jvm.addAll(extraJvmOptions);
        List<String> cmd = ChildJvm.command(jvm, List.of("bench", "soak-worker", "--sessions",
                Integer.toString(sessions), "--every", Integer.toString(every), "--data-dir",
                dir.resolve("kiosk").toString()));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(
                dir.resolve("worker.log").toFile())).start();
        List<MemorySample> samples = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                MemorySample s = MAPPER.readValue(line, MemorySample.class);
                samples.add(s);
                err.printf("[soak] %d visits: heap %.1f MB, RSS %.1f MB, database file %.1f MB%n", s.visits(), s.heapMb(),
                        s.rssMb(), s.databaseMb());
                err.flush();
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || samples.size() < 3) {
            p.destroyForcibly();
            throw new IOException("The soak run stopped early; it said: "
                    + ChildJvm.lastLines(dir.resolve("worker.log")));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int warmUp = Math.max(1, samples.size() / 5);
        List<MemorySample> settled = samples.subList(warmUp, samples.size());
        MemorySample first = settled.get(0);
        MemorySample last = settled.get(settled.size() - 1);
        double rssMax = samples.stream().mapToDouble(MemorySample::rssMb).max().orElse(-1);
        return new Report(sessions, String.join(" ", jvm), Percentiles.round(seconds, 1), first.heapMb(),
                last.heapMb(), Percentiles.round(slope(settled, true) * 10_000, 2), first.rssMb(), last.rssMb(), rssMax,
                Percentiles.round(slope(settled, false) * 10_000, 2),
                samples.stream().mapToDouble(MemorySample::databaseMb).max().orElse(-1), last.compactions(), samples);
    }

    /** Least-squares slope in MB per visit. */
    static double slope(List<MemorySample> samples, boolean heap) {
        double n = samples.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (MemorySample s : samples) {
            double x = s.visits();
            double y = heap ? s.heapMb() : s.rssMb();
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double d = n * sxx - sx * sx;
        return d == 0 ? 0 : (n * sxy - sx * sy) / d;
    }
}
