package org.pustaka.kiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The crash test as an operator runs it, on the packaged jar: 100 kills of the kiosk engine in a child
 * JVM, most of them at a journal commit the seed chooses, then every test item's loan and tag must agree
 * and no journal step be lost, also where a kill landed while the database was compacting itself.
 * Nothing may be flagged either: the workload has one member and no conflicts, so a flag would only hide
 * a disagreement. When it fails, its work folder (journal, pad, library state, worker log) stays under
 * {@code target/crash-bench-it/} for the diagnosis; when it passes, the folder is removed.
 */
class CrashBenchIT {

    @Test
    void hundredKillsLeaveNoDisagreementAndLoseNoJournalEntry() throws Exception {
        crashAndCheck(7, 100);
    }

    /**
     * The same with stacks of up to four items borrowed or returned together, so that kills also land
     * between a stack's tag writes and the one inventory that proves them.
     */
    @Test
    void killsInTheMiddleOfStacksLeaveNoDisagreementEither() throws Exception {
        crashAndCheck(68, 60, "--stacks");
    }

    private static void crashAndCheck(int seed, int kills, String... more) throws Exception {
        Path jar = Path.of(System.getProperty("kiosk.jar", "target/pustaka-kiosk.jar"));
        Path dir = Files.createDirectories(jar.toAbsolutePath().getParent().resolve("crash-bench-it"))
                .resolve("seed-" + seed + "-" + System.currentTimeMillis());
        Files.createDirectories(dir);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "bench", "crash", "--kills",
                Integer.toString(kills), "--seed", Integer.toString(seed), "--dir", dir.resolve("work").toString()));
        command.addAll(List.of(more));
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("bench.err").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(dir.resolve("bench.err"));
        Files.writeString(dir.resolve("bench.out"), out);
        String kept = " (work folder kept: " + dir + ")";

        assertThat(p.exitValue()).as(err + kept).isZero();
        JsonNode verdict = new ObjectMapper().readTree(out);
        assertThat(verdict.get("kills").asInt()).isEqualTo(kills);
        assertThat(verdict.get("inconsistent").asInt()).as(out + kept).isZero();
        assertThat(verdict.get("lostJournalEntries").asInt()).as(out + kept).isZero();
        assertThat(verdict.get("flagged").asInt()).as("nothing flagged without cause: " + out + kept).isZero();
        assertThat(verdict.get("killsAtCommit").asInt()).as("most kill points come from the seed")
                .isGreaterThan(kills / 2);
        assertThat(verdict.get("compactions").asInt()).as("half of the runs compact the database while they work")
                .isPositive();
        assertThat(verdict.get("offlineRuns").asInt()).as("a quarter of the runs work offline").isPositive();
        assertThat(verdict.get("offlineWork").asInt()).isPositive();
        assertThat(verdict.get("leftQueued").asInt()).as("the last run replays all offline work").isZero();
        assertThat(Files.readString(dir.resolve("work").resolve("witness.log")).lines().count())
                .as("the workload did circulate items between kills").isGreaterThan(2L * kills);
        delete(dir);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
