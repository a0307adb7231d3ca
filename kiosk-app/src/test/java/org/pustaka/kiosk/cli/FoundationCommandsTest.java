package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoundationCommandsTest {
    @TempDir
    Path dir;

    @Test
    void runWithABadConfigExitsTwoAndNamesEveryKey() throws Exception {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "# kiosk.id is missing\nsip2.port=abc\n");
        CliRun run = CliRun.of("run", "--config", config.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("kiosk.id: missing").contains("sip2.port: \"abc\" is not valid");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void demoWithABadConfigExitsTwoToo() throws Exception {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "kiosk.id=MLG-01\nrfid.pollMillis=sering\n");
        CliRun run = CliRun.of("demo", "--headless", "--config", config.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("rfid.pollMillis");
    }

    @Test
    void unknownOptionsAreBadInput() {
        CliRun run = CliRun.of("demo", "--no-such-option");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void theHeadlessDemoRunsAScriptedVisit() {
        CliRun run = CliRun.of("demo", "--headless", "--data-dir", dir.resolve("data").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("[demo]");
        assertThat(Files.exists(dir.resolve("data").resolve("kiosk.mv.db"))).isTrue();
    }
}
