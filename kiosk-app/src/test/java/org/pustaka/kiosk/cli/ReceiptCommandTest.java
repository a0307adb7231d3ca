package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.receipt.EscPosInterpreter;
import picocli.CommandLine;

class ReceiptCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        ReceiptCommand command = new ReceiptCommand();
        command.clock = Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneOffset.UTC);
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void sampleInIndonesianIsAReadableReceiptWithItemsAndDueDates() throws Exception {
        Path file = dir.resolve("r.bin");
        assertThat(run("sample", "--lang", "id", "--out", file.toString())).isZero();

        byte[] bytes = Files.readAllBytes(file);
        JsonNode json = Json.mapper().readTree(out.toString().trim());
        assertThat(json.get("out").asText()).isEqualTo(file.toString());
        assertThat(json.get("bytes").asLong()).isEqualTo(bytes.length);

        EscPosInterpreter.Decoded paper = EscPosInterpreter.decode(bytes, 48);
        String text = String.join("\n", paper.lines());
        assertThat(text).contains("BUKTI PEMINJAMAN", "Laskar Pelangi", "The Little Prince", "******0789",
                "Rp 7.500", "28 November 2026 10.00 WIB");
        assertThat(paper.lines()).filteredOn(l -> l.contains("Kembali 12 Des 2026")).hasSize(2);
        assertThat(paper.cuts()).isEqualTo(1);
        assertThat(paper.codePages()).containsExactly(19);
    }

    @Test
    void englishOnNarrowPaper() throws Exception {
        Path file = dir.resolve("r.bin");
        assertThat(run("sample", "--lang", "en", "--width", "32", "--out", file.toString())).isZero();
        EscPosInterpreter.Decoded paper = EscPosInterpreter.decode(Files.readAllBytes(file), 32);
        assertThat(paper.lines()).allMatch(l -> l.length() <= 32);
        assertThat(String.join("\n", paper.lines())).contains("LOAN RECEIPT", "Due 12 Dec 2026", "Rp 7,500");
    }

    @Test
    void testPageShowsAccentsAndAQrCode() throws Exception {
        Path file = dir.resolve("t.bin");
        assertThat(run("test-page", "--lang", "en", "--out", file.toString())).isZero();
        EscPosInterpreter.Decoded paper = EscPosInterpreter.decode(Files.readAllBytes(file), 48);
        assertThat(String.join("\n", paper.lines())).contains("PRINTER TEST PAGE", "Saint-Exupéry", "Günter");
        assertThat(paper.qrPayloads()).containsExactly("PUSTAKA-TEST DEMO-01");
    }

    @Test
    void badInputIsExitTwoWithASentence() {
        assertThat(run("sample", "--lang", "fr", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--lang must be id or en");
        assertThat(run("sample", "--width", "40", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(run("invoice", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void unwritableOutputIsAFailure() {
        assertThat(run("sample", "--out", dir.resolve("no/such/folder/r.bin").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot write the receipt");
    }
}
