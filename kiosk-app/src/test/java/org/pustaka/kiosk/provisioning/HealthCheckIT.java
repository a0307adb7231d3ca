package org.pustaka.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health check the kiosk service uses: healthy exactly while a java process holds the lock on
 * DATA/kiosk.lock, the same kind of lock the application's database takes. This test's own JVM holds it.
 */
class HealthCheckIT {
    @TempDir
    Path data;
    private Path config;

    @BeforeEach
    void configPointingAtTheDataDirectory() throws IOException {
        config = Files.writeString(data.resolve("kiosk.properties"), "kiosk.id=T\nkiosk.dataDir = " + data + "  \n");
    }

    @Test
    void healthyWhileAJavaProcessHoldsTheDataLockAndNotAfter() throws IOException {
        try (FileChannel channel = FileChannel.open(data.resolve("kiosk.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            assertThat(lock).isNotNull();
            HostTools.Result running = health("--config", config.toString());
            assertThat(running.exit()).as(running.both()).isZero();
            assertThat(running.err()).contains("The kiosk is running (PID " + ProcessHandle.current().pid() + " holds");
        }
        HostTools.Result stopped = health("--config", config.toString());
        assertThat(stopped.exit()).isEqualTo(1);
        assertThat(stopped.err()).contains("The kiosk is not running: no java process holds " + data.resolve("kiosk.lock"));
    }

    @Test
    void waitingGivesUpWithASentenceNamingTheJournal() {
        HostTools.Result result = health("--config", config.toString(), "--wait", "2");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("did not open its data directory within 2 s", "journalctl -u pustaka-kiosk.service");
    }

    @Test
    void theEnvironmentOverrideOfTheDataDirectoryWins(@TempDir Path other) throws IOException {
        try (FileChannel channel = FileChannel.open(other.resolve("kiosk.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            assertThat(lock).isNotNull();
            HostTools.Result result = HostTools.run(List.of(script(), "--config", config.toString()), null,
                    Map.of("PUSTAKA_KIOSK_DATADIR", other.toString()));
            assertThat(result.exit()).as(result.both()).isZero();
        }
    }

    @Test
    void theTimerRestartsAKioskThatRanPastTheGraceTimeWithoutItsLock(@TempDir Path bin) throws IOException {
        Path calls = fakeSystemctl(bin, "active", 0);
        HostTools.Result result = restartIfStuck(bin, "--grace", "60");
        assertThat(result.exit()).as(result.both()).isZero();
        assertThat(result.err()).contains("without holding its data lock", "restarting pustaka-kiosk.service");
        assertThat(Files.readAllLines(calls)).contains("restart --no-block pustaka-kiosk.service");
    }

    @Test
    void theTimerLeavesAHealthyAStartingAndAStoppedKioskAlone(@TempDir Path bin) throws IOException {
        Path calls = fakeSystemctl(bin, "active", 0);
        try (FileChannel channel = FileChannel.open(data.resolve("kiosk.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            assertThat(lock).isNotNull();
            assertThat(restartIfStuck(bin, "--grace", "0").exit()).isZero();
        }
        // Entered the active state "in the future": it has run for less than the grace time.
        fakeSystemctl(bin, "active", Long.MAX_VALUE / 2);
        assertThat(restartIfStuck(bin, "--grace", "60").exit()).isZero();
        fakeSystemctl(bin, "inactive", 0);
        assertThat(restartIfStuck(bin, "--grace", "0").exit()).isZero();
        assertThat(Files.readAllLines(calls)).noneMatch(l -> l.startsWith("restart"));
    }

    @Test
    void badOptionsAreRefusedWithExitCode2() {
        HostTools.Result result = health("--wait", "soon");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("whole numbers of seconds");
    }

    /**
     * A stand-in systemctl (a build machine runs no systemd): answers is-active and the unit's
     * ActiveEnterTimestampMonotonic in microseconds, and records every call in bin/calls.
     */
    private static Path fakeSystemctl(Path bin, String state, long enteredMicros) throws IOException {
        Path calls = bin.resolve("calls");
        Path script = bin.resolve("systemctl");
        Files.writeString(script, """
                #!/bin/sh
                echo "$*" >> '%s'
                case "$1" in
                  is-active) [ '%s' = active ] ;;
                  show) echo %d ;;
                  restart) exit 0 ;;
                  *) exit 1 ;;
                esac
                """.formatted(calls, state, enteredMicros));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (!Files.exists(calls)) {
            Files.createFile(calls);
        }
        return calls;
    }

    private HostTools.Result restartIfStuck(Path bin, String... args) {
        List<String> command = new ArrayList<>(List.of(script(), "--config", config.toString(),
                "--restart-if-stuck"));
        command.addAll(List.of(args));
        return HostTools.run(command, null, Map.of("PATH", bin + ":" + System.getenv("PATH")));
    }

    private HostTools.Result health(String... args) {
        List<String> command = new ArrayList<>(List.of(script()));
        command.addAll(List.of(args));
        return HostTools.run(command);
    }

    private static String script() {
        return HostTools.provisioning().resolve("deb/opt/pustaka-kiosk/lib/pustaka-kiosk-health").toString();
    }
}
