package org.pustaka.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed launcher's class-data archive: the postinst's training run builds one, the launcher then
 * starts the kiosk with its classes mapped from it; an archive older than the jar, or one the JVM cannot
 * use, never stops the kiosk and puts nothing on its console.
 */
class ClassDataArchiveIT {

    @Test
    void theLauncherUsesAFreshArchiveAndStartsQuietlyWithoutAStaleOrBrokenOne(@TempDir Path dir) throws IOException {
        Path launcher = HostTools.provisioning().resolve("deb/opt/pustaka-kiosk/bin/kiosk");
        Path jar = dir.resolve("pustaka-kiosk.jar");
        Files.copy(HostTools.jar(), jar);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        Path archive = dir.resolve("pustaka-kiosk.jsa");

        // the postinst's training run, as it calls the launcher
        HostTools.Result training = HostTools.run(List.of(launcher.toString(), "bench", "startup-worker", "--train",
                "--data-dir", dir.resolve("training").toString()), dir, Map.of("KIOSK_JAR", jar.toString(),
                "KIOSK_CDS_ARCHIVE", "", "KIOSK_JAVA_OPTS", "-XX:+UseSerialGC -XX:ArchiveClassesAtExit=" + archive
                        + " -Xlog:cds=off -Xlog:cds+dynamic=off"));
        assertThat(training.exit()).as("training run:\n%s", training.both()).isZero();
        assertThat(training.out()).contains("class-data training:");
        assertThat(archive).isNotEmptyFile();

        assertThat(mainSource(launcher, jar, archive, dir)).as("fresh archive").contains("shared objects file (top)");

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(mainSource(launcher, jar, archive, dir)).as("archive older than the jar").contains(jar.toString())
                .doesNotContain("shared objects file");

        Files.write(archive, "not an archive".getBytes());
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(120)));
        assertThat(mainSource(launcher, jar, archive, dir)).as("broken archive").contains(jar.toString())
                .doesNotContain("shared objects file");
    }

    /** Runs {@code kiosk --version} through the launcher; answers where the JVM took Main from. */
    private static String mainSource(Path launcher, Path jar, Path archive, Path dir) throws IOException {
        Path classes = dir.resolve("classes-" + System.nanoTime() + ".log");
        HostTools.Result r = HostTools.run(List.of(launcher.toString(), "--version"), dir, Map.of("KIOSK_JAR",
                jar.toString(), "KIOSK_CDS_ARCHIVE", archive.toString(), "KIOSK_JAVA_OPTS",
                "-XX:+UseSerialGC -Xlog:class+load=info:file=" + classes));
        assertThat(r.exit()).as("kiosk --version:\n%s", r.both()).isZero();
        assertThat(r.out()).startsWith("pustaka-kiosk ");
        assertThat(r.err()).as("nothing on the console about the archive").isEmpty();
        return Files.readAllLines(classes).stream().filter(l -> l.contains(" org.pustaka.kiosk.Main ")).findFirst()
                .orElseThrow();
    }
}
