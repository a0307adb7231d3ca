package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kiosk diagnose} lists every configured card reader with its state. */
class DiagnoseCardReadersTest {
    @TempDir
    Path dir;

    private List<JsonNode> diagnose(String readers, Path serialPort) throws Exception {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "kiosk.id=MLG-01\nkiosk.dataDir=" + dir.resolve("data") + "\ngpio.driver=none\n"
                + "card.readers=" + readers + "\ncard.serialPort=" + serialPort + "\ncard.pcscReader=Pustaka Test Reader\n");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new DiagnoseCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        cli.execute("--config", config.toString());
        List<JsonNode> cards = new ArrayList<>();
        for (String line : out.toString().split("\\R")) {
            if (!line.isBlank() && line.contains("\"card.")) {
                cards.add(Json.mapper().readTree(line));
            }
        }
        return cards;
    }

    @Test
    void everyConfiguredReaderIsListedWithItsState() throws Exception {
        List<JsonNode> cards = diagnose("hid,serial,pad,pcsc", dir.resolve("no-scanner"));
        assertThat(cards).extracting(n -> n.get("name").asText())
                .containsExactly("card.hid", "card.serial", "card.pad", "card.pcsc");
        assertThat(cards.get(0).get("ok").asBoolean()).isTrue();
        assertThat(cards.get(1).get("ok").asBoolean()).isFalse();
        assertThat(cards.get(1).get("detail").asText()).contains("no-scanner");
        assertThat(cards.get(2).get("ok").asBoolean()).isTrue();
        assertThat(cards.get(3).get("ok").asBoolean()).as("no reader of that name").isFalse();
        assertThat(cards.get(3).get("detail").asText()).isNotBlank();
    }

    @Test
    void aSerialScannerThatIsThereIsOk() throws Exception {
        Path device = dir.resolve("pustaka-scanner");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + dir.resolve("host"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> Files.exists(device));
            List<JsonNode> cards = diagnose("serial", device);
            assertThat(cards).hasSize(1);
            assertThat(cards.get(0).get("ok").asBoolean()).as(cards.get(0).toString()).isTrue();
            assertThat(cards.get(0).get("detail").asText()).contains("pustaka-scanner");
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
