package org.pustaka.kiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process benchmarks run end to end on a small load and report figures that hang together. */
class BenchRunsTest {
    @TempDir
    Path dir;
    private final StringWriter log = new StringWriter();

    @Test
    void stackRoundsThroughTheRealDriverOnAPtyMeasureTheDevices() throws Exception {
        StackReport r = new StackBench(dir, new PrintWriter(log)).run(5, 1, null, 0);

        assertThat(r.items()).isEqualTo(5);
        assertThat(r.readerMs()).isPositive();
        assertThat(r.libraryMs()).isPositive();
        assertThat(r.journalMs()).isPositive();
        // device time is measured inside the round on the one thread that runs it
        assertThat(r.p50Ms()).isGreaterThanOrEqualTo(r.deviceMs());
        assertThat(r.overheadRatio()).isGreaterThanOrEqualTo(1.0);
        assertThat(log.toString()).contains("[stack] round 1:");
        // 5 items, the fifth with its CD: 6 tags; two passes of 1 + 6 + 6 + 1 commands
        assertThat(r.floor()).isEqualTo(28);
        assertThat(r.readerCommands()).isPositive();
        assertThat(r.floorRatio()).isEqualTo(Percentiles.round(r.readerCommands() / 28, 3));
        assertThat(r.commandsPerItem()).isEqualTo(Percentiles.round(r.readerCommands() / 10, 2));
    }

    @Test
    void everyOfflineTransactionIsReplayedOnceAndNothingIsLeftOnLoan() throws Exception {
        ReplayBench.Report r = new ReplayBench(dir, new PrintWriter(log)).run(25);

        assertThat(r.transactions()).isEqualTo(25);
        assertThat(r.replayed()).isEqualTo(25);
        assertThat(r.refused()).isZero();
        assertThat(r.left()).isZero();
        assertThat(r.loansLeftInLibrary()).isZero();
        assertThat(r.appends()).isGreaterThanOrEqualTo(25 * 2);
    }
}
