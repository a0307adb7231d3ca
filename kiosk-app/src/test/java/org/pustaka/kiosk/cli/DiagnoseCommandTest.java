package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.pin.PinHash;
import picocli.CommandLine;

class DiagnoseCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String stdin = "";

    private int run(String... args) {
        DiagnoseCommand command = new DiagnoseCommand();
        command.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\\R")) {
            if (!line.isBlank()) {
                nodes.add(Json.mapper().readTree(line));
            }
        }
        return nodes;
    }

    private JsonNode check(String name) throws Exception {
        return lines().stream().filter(n -> n.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void simulatorsPass() throws Exception {
        assertThat(run()).isZero();
        List<JsonNode> checks = lines();
        assertThat(checks).extracting(n -> n.get("name").asText())
                .containsExactly("rfid", "printer", "lights", "buzzer", "library", "catalog", "store", "card.hid");
        for (JsonNode n : checks) {
            assertThat(n.get("ok").asBoolean()).as(n.toString()).isTrue();
            assertThat(n.get("detail").asText()).isNotBlank();
            assertThat(n.get("millis").isIntegralNumber()).isTrue();
        }
        assertThat(err.toString()).contains("All 8 checks passed");
    }

    @Test
    void printerOutOfPaperFailsThePrinterCheck() throws Exception {
        assertThat(run("--printer-out-of-paper")).isEqualTo(1);
        JsonNode printer = check("printer");
        assertThat(printer.get("ok").asBoolean()).isFalse();
        assertThat(printer.get("detail").asText()).contains("Paper out: load a new roll");
        assertThat(check("library").get("ok").asBoolean()).isTrue();
    }

    @Test
    void libraryDownFailsTheLibraryCheck() throws Exception {
        assertThat(run("--library-down")).isEqualTo(1);
        JsonNode library = check("library");
        assertThat(library.get("ok").asBoolean()).isFalse();
        assertThat(library.get("detail").asText()).contains("cannot be reached", "check the network");
        assertThat(check("printer").get("ok").asBoolean()).isTrue();
    }

    @Test
    void configuredKioskIsTestedWithItsOwnDataDirectoryAndAdapters() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "kiosk.id=MLG-01\nkiosk.dataDir=" + dir.resolve("data") + "\n"
                + "library.type=sip2\nsip2.host=127.0.0.1\nsip2.port=" + closedPort + "\nsip2.connectTimeoutMillis=500\n"
                + "printer.driver=escpos\nprinter.device=" + dir.resolve("no-printer/lp0") + "\n"
                + "gpio.driver=none\n");
        assertThat(run("--config", config.toString())).isEqualTo(1);
        assertThat(check("printer").get("detail").asText()).contains("Cannot open the printer");
        JsonNode library = check("library");
        assertThat(library.get("ok").asBoolean()).isFalse();
        // the SIP2 adapter itself tried the configured server
        assertThat(library.get("detail").asText()).contains("cannot be reached", "127.0.0.1:" + closedPort)
                .doesNotContain("does not include");
        assertThat(check("lights").get("ok").asBoolean()).isTrue();
        assertThat(check("store").get("ok").asBoolean()).isTrue();
        assertThat(dir.resolve("data/kiosk.mv.db")).exists();
    }

    @Test
    void aConfigurationThatSimulatesADeviceFailsTheSetupCheckNamingTheKey() throws Exception {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "kiosk.id=MLG-01\nkiosk.dataDir=" + dir.resolve("data") + "\n"
                + "library.type=sip2\nprinter.driver=none\ngpio.driver=none\n");
        assertThat(run("--config", config.toString())).isEqualTo(1);
        assertThat(lines().get(0).get("name").asText()).isEqualTo("setup");
        String detail = check("setup").get("detail").asText();
        assertThat(check("setup").get("ok").asBoolean()).isFalse();
        assertThat(detail).contains("rfid.driver=sim", "set rfid.driver=feig")
                .doesNotContain("printer.driver", "gpio.driver", "library.type");
    }

    @Test
    void badConfigIsBadInput() {
        Path config = dir.resolve("bad.properties");
        assertThat(run("--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("an existing properties file");
    }

    @Test
    void hashPinPrintsAHashOfThePinFromStandardInput() throws Exception {
        stdin = "4821\n";
        assertThat(run("--hash-pin")).isZero();
        String hash = lines().get(0).get("pinHash").asText();
        assertThat(PinHash.matches("4821", hash)).isTrue();
        assertThat(out.toString() + err.toString()).doesNotContain("4821");
    }

    @Test
    void hashPinRefusesSomethingThatIsNotAPin() {
        stdin = "abc\n";
        assertThat(run("--hash-pin")).isEqualTo(2);
        assertThat(err.toString()).contains("4 to 12 digits");
        assertThat(out.toString()).isEmpty();
    }
}
