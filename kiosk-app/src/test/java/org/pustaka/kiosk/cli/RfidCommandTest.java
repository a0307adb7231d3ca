package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FeigReaderEmulator;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.kiosk.bench.PtyPair;

/** {@code kiosk rfid inventory} against the FEIG emulator on the far end of a socat pty pair. */
class RfidCommandTest {

    @Test
    void listsTheTagsTheReaderSees() throws Exception {
        SimRfidPad pad = new SimRfidPad();
        pad.place(DemoTags.tagFor("30000101"));
        pad.place(DemoTags.tagFor("30000105", 2, 1, 0xC2));
        pad.place(DemoTags.tagFor("30000105", 2, 2, 0xC2));
        try (PtyPair ptys = PtyPair.start(); FeigReaderEmulator emulator = new FeigReaderEmulator(pad)) {
            emulator.startOnDevice(ptys.second());

            CliRun run = CliRun.of("rfid", "inventory", "--port", ptys.first().toString());

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
}
