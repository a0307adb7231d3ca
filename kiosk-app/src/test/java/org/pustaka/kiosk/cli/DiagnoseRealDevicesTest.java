package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FeigReaderEmulator;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.kiosk.bench.PtyPair;
import org.pustaka.sip2.AcsStatusResponse;
import org.pustaka.sip2.LoginResponse;
import org.pustaka.sip2.MessageType;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.sim.ScriptedAcs;

/**
 * {@code kiosk diagnose --config} on a kiosk with a FEIG reader and a SIP2 server: the real FEIG driver
 * (jSSC) talks to the reader emulator on the far end of a socat pty pair, the real SIP2 adapter logs in
 * to a scripted ACS on loopback, and both checks report what those devices answered.
 */
class DiagnoseRealDevicesTest {
    @TempDir
    Path dir;
    private final SimRfidPad pad = new SimRfidPad();
    private final ScriptedAcs acs = new ScriptedAcs(
            new Sip2Codec(StandardCharsets.UTF_8, ZoneId.of("Asia/Jakarta"), true));
    private PtyPair ptys;
    private FeigReaderEmulator reader;
    private Path config;

    @BeforeEach
    void start() throws Exception {
        pad.place(DemoTags.tagFor("30000101"));
        pad.place(DemoTags.tagFor("30000102"));
        ptys = PtyPair.start();
        reader = new FeigReaderEmulator(pad);
        reader.startOnDevice(ptys.second());
        acs.answer(MessageType.LOGIN, new LoginResponse(true, List.of()))
                .answer(MessageType.SC_STATUS, new AcsStatusResponse(true, true, true, true, false, true, 30, 3,
                        LocalDateTime.of(2026, 12, 7, 9, 0), "2.00", "MLG", "Perpustakaan Kota Malang",
                        "YYYYYYYYYYYYYYYY", "MLG-01", List.of(), List.of(), List.of()));
        int port = acs.start();
        config = dir.resolve("kiosk.properties");
        Files.writeString(config, String.join("\n", "kiosk.id=MLG-01", "kiosk.dataDir=" + dir.resolve("data"),
                "rfid.driver=feig", "rfid.port=" + ptys.first(),
                "library.type=sip2", "sip2.host=127.0.0.1", "sip2.port=" + port, "sip2.user=kiosk",
                "sip2.password=rahasia", "sip2.location=MLG-01",
                "printer.driver=none", "gpio.driver=none", ""));
    }

    @AfterEach
    void stop() {
        acs.close();
        reader.close();
        ptys.close();
    }

    @Test
    void theReaderAndTheLibraryAreTestedThroughTheirRealAdapters() throws Exception {
        CliRun run = CliRun.of("diagnose", "--config", config.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode rfid = check(run, "rfid");
        assertThat(rfid.get("ok").asBoolean()).isTrue();
        assertThat(rfid.get("detail").asText()).contains("2 tags on the pad");
        assertThat(reader.requestsServed()).isPositive();
        JsonNode library = check(run, "library");
        assertThat(library.get("ok").asBoolean()).isTrue();
        assertThat(library.get("detail").asText()).contains("SIP2 2.00 online");
        assertThat(acs.received()).anySatisfy(line -> assertThat(line).startsWith("9300CNkiosk|"))
                .anySatisfy(line -> assertThat(line).startsWith("99"));
    }

    @Test
    void aRefusedLoginAndASilentReaderFailTheirChecksWithTheAdaptersReasons() throws Exception {
        acs.answer(MessageType.LOGIN, new LoginResponse(false, List.of()));
        reader.close();

        CliRun run = CliRun.of("diagnose", "--config", config.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(check(run, "library").get("ok").asBoolean()).isFalse();
        assertThat(check(run, "library").get("detail").asText()).contains("sip2.user");
        assertThat(check(run, "rfid").get("ok").asBoolean()).isFalse();
        assertThat(check(run, "printer").get("ok").asBoolean()).isTrue();
    }

    private static JsonNode check(CliRun run, String name) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            lines.add(Json.mapper().readTree(line));
        }
        return lines.stream().filter(n -> n.get("name").asText().equals(name)).findFirst().orElseThrow();
    }
}
