package org.pustaka.kiosk.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.printer.ReceiptText;
import org.pustaka.hardware.printer.escpos.EscPosCodePage;
import org.pustaka.hardware.printer.escpos.EscPosReceiptEncoder;

/**
 * Every receipt kind in both languages on both paper widths against its golden text, and the ESC/POS
 * bytes of each read back by the interpreter give exactly the same lines. Run with
 * {@code -Dgolden.update=true} to rewrite the golden files after a deliberate change, then review them.
 */
class ReceiptGoldenTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2026-11-28T11:05:00Z");
    static final ReceiptTemplates TEMPLATES = new ReceiptTemplates(
            new ReceiptHeader("Perpustakaan Kota Malang", "Jl. Besar Ijen No. 30A, Malang", "MLG-01", WIB));
    private static final Path GOLDEN = Path.of("src/test/resources/org/pustaka/kiosk/receipt/golden");

    static Receipt receipt(String kind, String lang) {
        return switch (kind) {
            case "checkout" -> TEMPLATES.visit(SampleReceipts.checkout(NOW, WIB), lang);
            case "return" -> TEMPLATES.visit(SampleReceipts.returnsOffline(NOW), lang);
            case "renewal" -> TEMPLATES.visit(SampleReceipts.renewal(NOW, WIB), lang);
            case "event" -> TEMPLATES.eventTicket(SampleReceipts.eventTicket(NOW, WIB), lang);
            case "visit" -> TEMPLATES.visitSlip(SampleReceipts.visitSlip(NOW, WIB), lang);
            case "testpage" -> TEMPLATES.testPage(NOW, lang);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String kind : List.of("checkout", "return", "renewal", "event", "visit", "testpage")) {
            for (String lang : List.of("id", "en")) {
                for (int width : List.of(32, 48)) {
                    out.add(Arguments.of(kind, lang, width));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void matchesGoldenText(String kind, String lang, int width) throws IOException {
        String text = ReceiptText.render(receipt(kind, lang), width);
        Path file = GOLDEN.resolve(kind + "_" + lang + "_" + width + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        // a QR code is printed as an image; its "[QR ...]" stand-in in the text is no printed line
        for (String line : text.lines().filter(l -> !l.strip().startsWith("[QR ")).toList()) {
            assertThat(line.length()).as("line fits the paper: '%s'", line).isLessThanOrEqualTo(width);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void printedBytesReadBackAsTheGoldenText(String kind, String lang, int width) {
        Receipt receipt = receipt(kind, lang);
        byte[] bytes = new EscPosReceiptEncoder(width, EscPosCodePage.CP858).encode(receipt);
        EscPosInterpreter.Decoded paper = EscPosInterpreter.decode(bytes, width);
        List<String> expected = new ArrayList<>(ReceiptText.lines(receipt, width));
        for (int i = 0; i < EscPosReceiptEncoder.FEED_BEFORE_CUT; i++) {
            expected.add("");
        }
        assertThat(paper.lines()).containsExactlyElementsOf(expected);
        assertThat(paper.initialised()).isTrue();
        assertThat(paper.codePages()).containsExactly(19);
        assertThat(paper.cuts()).isEqualTo(1);
        assertThat(String.join(" ", paper.largeLines())).startsWith("Perpustakaan Kota Malang");
        assertThat(paper.boldLines()).contains(paper.largeLines().get(0));
    }
}
