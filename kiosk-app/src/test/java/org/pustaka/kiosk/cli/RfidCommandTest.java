package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FeigReaderEmulator;
import org.pustaka.hardware.sim.SimRfidPad;

/** {@code kiosk rfid inventory} against the FEIG emulator on the far end of a socat pty pair. */
class RfidCommandTest {

    @Test
    void listsTheTagsTheReaderSees() throws Exception {
        SimRfidPad pad = new SimRfidPad();
        pad.place(DemoTags.tagFor("30000101"));
        pad.place(DemoTags.tagFor("30000105", 2, 1, 0xC2));
        pad.place(DemoTags.tagFor("30000105", 2, 2, 0xC2));
        Process socat;
        try {
            socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new AssertionError("socat is not installed, so this test cannot make a pseudo-terminal pair:"
                    + " install it with 'apt-get install socat' or run './kiosk test', which installs it.", e);
        }
        try (FeigReaderEmulator emulator = new FeigReaderEmulator(pad)) {
            List<Path> ptys = ptys(socat);
            emulator.startOnDevice(ptys.get(1));

            CliRun run = CliRun.of("rfid", "inventory", "--port", ptys.get(0).toString());

            assertThat(run.exit()).as(run.err()).isZero();
            List<JsonNode> lines = new ArrayList<>();
            for (String line : run.out().strip().split("\n")) {
                lines.add(Json.mapper().readTree(line));
            }
            assertThat(lines).extracting(n -> n.get("uid").asText())
                    .containsExactlyInAnyOrder("E004015000010101", "E004015000010501", "E004015000010502");
            assertThat(lines).filteredOn(n -> n.get("uid").asText().equals("E004015000010502")).singleElement()
                    .satisfies(n -> {
                        assertThat(n.get("afi").asText()).isEqualTo("0xC2");
                        assertThat(n.get("itemId").asText()).isEqualTo("30000105");
                        assertThat(n.get("partNumber").asInt()).isEqualTo(2);
                        assertThat(n.get("decoded").asBoolean()).isTrue();
                    });
            assertThat(run.err()).contains("3 tag(s)");
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPortThatDoesNotExistIsAFailureWithASentence() {
        CliRun run = CliRun.of("rfid", "inventory", "--port", "/dev/pustaka-no-reader", "--timeout-ms", "50");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("/dev/pustaka-no-reader cannot be opened");
    }

    @Test
    void aWrongParityIsBadInput() {
        CliRun run = CliRun.of("rfid", "inventory", "--port", "/dev/null", "--parity", "mark");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("parity must be none, even or odd");
    }

    /** The two pty paths socat prints on its standard error; a missing socat fails the test with a sentence. */
    private static List<Path> ptys(Process socat) throws Exception {
        Pattern pty = Pattern.compile("PTY is (\\S+)");
        List<Path> found = new ArrayList<>();
        BufferedReader err = new BufferedReader(new InputStreamReader(socat.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null && !line.contains("starting data transfer loop")) {
            Matcher m = pty.matcher(line);
            if (m.find()) {
                found.add(Path.of(m.group(1)));
            }
        }
        Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "socat-stderr");
        drain.setDaemon(true);
        drain.start();
        assertThat(found).as("socat's two pseudo-terminals").hasSize(2);
        return found;
    }
}
