package org.pustaka.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.PrinterStatus;
import org.pustaka.hardware.api.Receipt;

class EscPosReceiptPrinterTest {
    private final ScriptedPrinterLink link = new ScriptedPrinterLink();
    private final EscPosReceiptPrinter printer =
            new EscPosReceiptPrinter(link, link, 32, Duration.ofMillis(10), EscPosCodePage.CP858);

    private static Receipt sample() {
        return Receipt.builder().heading("PERPUSTAKAAN").columns("Laskar Pelangi", "12 Des 2026")
                .text("Le Petit Prince, Saint-Exupéry").qr("REG-42").build();
    }

    @Test
    void receiptBytesInitialiseSelectCP858AndCut() throws Exception {
        link.answer(4, 0x12);
        printer.print(sample());
        byte[] paper = link.printed();
        assertThat(paper[0]).isEqualTo((byte) 0x1B);
        assertThat(paper[1]).isEqualTo((byte) '@');
        assertThat(ScriptedPrinterLink.contains(paper, (byte) 0x1B, (byte) 't', (byte) 19)).isTrue();
        assertThat(ScriptedPrinterLink.contains(paper, (byte) 0x1D, (byte) 'V', (byte) 0x31)).isTrue();
        // é is 0x82 in code page 858
        assertThat(ScriptedPrinterLink.contains(paper, (byte) 'p', (byte) 0x82, (byte) 'r')).isTrue();
        // QR store command carries the payload, and the symbol is Model 2 (n1 = 50), not Model 1 (49)
        assertThat(ScriptedPrinterLink.contains(paper, "REG-42".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(ScriptedPrinterLink.contains(paper, (byte) 0x1D, (byte) '(', (byte) 'k', (byte) 4, (byte) 0,
                (byte) 49, (byte) 65, (byte) 50, (byte) 0)).isTrue();
    }

    @Test
    void readyPrinterReportsReadyAndAsksAllFourStatuses() {
        assertThat(printer.status()).isEqualTo(PrinterStatus.READY);
        byte[] asked = link.written();
        for (int n = 1; n <= 4; n++) {
            assertThat(ScriptedPrinterLink.contains(asked, (byte) 0x10, (byte) 0x04, (byte) n)).isTrue();
        }
        assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.OK);
    }

    @Test
    void paperOutRefusesToPrintWithASentence() {
        link.answer(1, 0x1A);
        link.answer(2, 0x32);
        link.answer(4, 0x7E);
        assertThat(printer.status().paperOut()).isTrue();
        assertThatThrownBy(() -> printer.print(sample()))
                .isInstanceOf(DeviceException.class).hasMessageContaining("Paper out: load a new roll");
        assertThat(link.printed()).isEmpty();
        assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.FAILED);
    }

    @Test
    void paperNearEndIsDegradedButPrints() throws Exception {
        link.answer(4, 0x1E);
        assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.DEGRADED);
        printer.print(sample());
        assertThat(link.printed()).isNotEmpty();
    }

    @Test
    void coverOpenAndSilentPrinterAreReported() {
        link.answer(2, 0x16);
        assertThat(printer.status().coverOpen()).isTrue();
        assertThat(printer.health().detail()).contains("Cover open");
        link.silent(true);
        PrinterStatus s = printer.status();
        assertThat(s.canPrint()).isFalse();
        assertThat(printer.health().detail()).contains("did not answer");
    }

    @Test
    void garbageReplyIsAnErrorNotACrash() {
        link.answer(3, 0xFF);
        assertThat(printer.status().canPrint()).isFalse();
        assertThat(printer.health().detail()).contains("not a status byte");
    }

    @Test
    void oneWayPrinterReportsUnknownAndPrints() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EscPosReceiptPrinter oneWay = new EscPosReceiptPrinter(out, 48);
        assertThat(oneWay.status()).isEqualTo(PrinterStatus.UNKNOWN);
        assertThat(oneWay.health().usable()).isTrue();
        oneWay.print(sample());
        assertThat(out.toByteArray()).isEqualTo(new EscPosReceiptEncoder(48, EscPosCodePage.CP858).encode(sample()));
    }

    @Test
    void brokenLinkGivesADeviceException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No such device");
            }
        };
        EscPosReceiptPrinter p = new EscPosReceiptPrinter(broken, 32);
        assertThatThrownBy(() -> p.print(sample())).isInstanceOf(DeviceException.class)
                .hasMessageContaining("No such device").hasMessageContaining("cable");
    }

    @Test
    void onlyPaperWidthsOfTheKioskAreAccepted() {
        assertThatThrownBy(() -> new EscPosReceiptEncoder(40, EscPosCodePage.CP858))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
