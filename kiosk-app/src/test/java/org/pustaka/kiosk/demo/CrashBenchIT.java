package org.pustaka.kiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test as an operator runs it, on the packaged jar: 100 SIGKILLs of the kiosk engine in a
 * child JVM, then every test item's loan and tag must agree (or be flagged) and no journal step be lost,
 * also where a kill landed while the database was compacting itself.
 */
class CrashBenchIT {
    @TempDir
    Path dir;

    @Test
    void hundredKillsLeaveNoDisagreementAndLoseNoJournalEntry() throws Exception {
        Path jar = Path.of(System.getProperty("kiosk.jar", "target/pustaka-kiosk.jar"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "bench", "crash", "--kills", "100",
                "--seed", "7", "--dir", dir.resolve("work").toString()))
                .redirectError(dir.resolve("bench.err").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(dir.resolve("bench.err"));

        assertThat(p.exitValue()).as(err).isZero();
        JsonNode verdict = new ObjectMapper().readTree(out);
        assertThat(verdict.get("kills").asInt()).isEqualTo(100);
        assertThat(verdict.get("inconsistent").asInt()).as(out).isZero();
        assertThat(verdict.get("lostJournalEntries").asInt()).as(out).isZero();
        assertThat(verdict.has("flagged")).isTrue();
        assertThat(verdict.get("compactions").asInt()).as("half of the runs compact the database while they work")
                .isPositive();
        assertThat(verdict.get("offlineRuns").asInt()).as("a quarter of the runs work offline").isPositive();
        assertThat(verdict.get("offlineWork").asInt()).isPositive();
        assertThat(verdict.get("leftQueued").asInt()).as("the last run replays all offline work").isZero();
        assertThat(Files.readString(dir.resolve("work").resolve("witness.log")).lines().count())
                .as("the workload did circulate items between kills").isGreaterThan(200);
    }
}
