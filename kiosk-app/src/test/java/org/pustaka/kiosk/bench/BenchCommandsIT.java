package org.pustaka.kiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.GraphicsEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench commands as an operator runs them, on the packaged jar, at sizes small enough for the suite:
 * each prints one JSON object with the figures the performance page quotes. The figures themselves are
 * not judged here (timings on a shared machine are not a test); that they are there and sane is.
 */
class BenchCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode bench(String... args) throws Exception {
        Path jar = Path.of(System.getProperty("kiosk.jar", "target/pustaka-kiosk.jar"));
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                jar.toString(), "bench"));
        cmd.addAll(List.of(args));
        Path err = dir.resolve(args[0] + ".err");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return JSON.readTree(out);
    }

    @Test
    void stackPrintsTimesDeviceTimeAndTheOverheadRatio() throws Exception {
        JsonNode r = bench("stack", "--items", "2", "--rounds", "2");

        assertThat(r.get("items").asInt()).isEqualTo(2);
        assertThat(r.get("rounds").asInt()).isEqualTo(2);
        assertThat(r.get("p50Ms").asDouble()).isPositive();
        assertThat(r.get("p95Ms").asDouble()).isGreaterThanOrEqualTo(r.get("p50Ms").asDouble());
        assertThat(r.get("deviceMs").asDouble()).isPositive().isLessThanOrEqualTo(r.get("p95Ms").asDouble());
        assertThat(r.get("overheadRatio").asDouble()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void startupPrintsTheMedianAndWithADisplayTheWindowsToo() throws Exception {
        JsonNode r = bench("startup", "--runs", "1");

        assertThat(r.get("runs").asInt()).isEqualTo(1);
        assertThat(r.get("p50Ms").asDouble()).isPositive();
        assertThat(r.get("firstRunMs").asDouble()).isPositive();
        if (GraphicsEnvironment.isHeadless()) {
            assertThat(r.get("windowP50Ms").isNull()).isTrue();
            assertThat(r.get("window").asText()).contains("no display");
        } else {
            assertThat(r.get("windowP50Ms").asDouble()).isPositive();
        }
    }

    @Test
    void soakPrintsMemorySamplesTheirGrowthAndTheDatabaseFile() throws Exception {
        JsonNode r = bench("soak", "--sessions", "20");

        assertThat(r.get("sessions").asInt()).isEqualTo(20);
        assertThat(r.get("jvm").asText()).contains("-Xmx128m", "-XX:+UseSerialGC");
        assertThat(r.get("samples")).hasSizeGreaterThanOrEqualTo(3);
        JsonNode last = r.get("samples").get(r.get("samples").size() - 1);
        assertThat(last.get("visits").asInt()).isEqualTo(20);
        // After a full GC the kiosk holds about 11 MB (docs/performance.md); -Xmx128m alone would allow anything
        assertThat(last.get("heapMb").asDouble()).isPositive().isLessThan(32);
        assertThat(r.get("heapMbAtEnd").asDouble() - r.get("heapMbAfterWarmUp").asDouble()).isLessThan(8);
        assertThat(r.get("rssMbAtEnd").asDouble()).isPositive();
        assertThat(r.get("databaseMbMax").asDouble()).isPositive();
        assertThat(r.has("heapGrowthMbPer10k")).isTrue();
        assertThat(r.has("rssGrowthMbPer10k")).isTrue();
    }

    @Test
    void replayPrintsAppendTimesAndTheReplayRateAndLeavesNothingBehind() throws Exception {
        JsonNode r = bench("replay", "--transactions", "20");

        assertThat(r.get("transactions").asInt()).isEqualTo(20);
        assertThat(r.get("appendP99Ms").asDouble()).isGreaterThanOrEqualTo(r.get("appendP50Ms").asDouble());
        assertThat(r.get("replayPerSecond").asDouble()).isPositive();
        assertThat(r.get("replayed").asInt() + r.get("refused").asInt()).isEqualTo(20);
        assertThat(r.get("left").asInt()).isZero();
    }
}
