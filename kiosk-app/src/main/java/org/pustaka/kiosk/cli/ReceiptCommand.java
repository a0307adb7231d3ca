package org.pustaka.kiosk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pustaka.hardware.printer.escpos.EscPosReceiptPrinter;
import org.pustaka.kiosk.receipt.ReceiptHeader;
import org.pustaka.kiosk.receipt.ReceiptTemplates;
import org.pustaka.kiosk.receipt.SampleReceipts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk receipt sample [--lang id|en] [--width 32|48] --out FILE}: the ESC/POS bytes of a sample
 * checkout receipt from the demo library's data, written through the real printer driver to a file
 * (which may be a printer device such as {@code /dev/usb/lp0}). {@code kiosk receipt test-page} writes
 * the technician's printer test page the same way.
 */
@Command(name = "receipt", description = "Receipt samples as ESC/POS bytes.")
public final class ReceiptCommand implements Callable<Integer> {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "sample|test-page", description = "What to write: 'sample' (a checkout receipt) or 'test-page'.")
    String what;

    @Option(names = "--lang", paramLabel = "id|en", description = "Language of the receipt (default: id).")
    String language = "id";

    @Option(names = "--width", paramLabel = "32|48", description = "Characters a line: 32 for 58 mm, 48 for 80 mm (default: 48).")
    int width = 48;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the ESC/POS bytes.")
    Path out;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        String problem = problem();
        if (problem != null) {
            return ExitCodes.badInput(err, problem);
        }
        ReceiptTemplates templates = new ReceiptTemplates(
                new ReceiptHeader("Perpustakaan Kota Malang", "Jl. Besar Ijen No. 30A, Malang", "DEMO-01", WIB));
        try (OutputStream file = Files.newOutputStream(out)) {
            EscPosReceiptPrinter printer = new EscPosReceiptPrinter(file, width);
            printer.print("test-page".equals(what)
                    ? templates.testPage(clock.instant(), language)
                    : templates.visit(SampleReceipts.checkout(clock.instant(), WIB), language));
        } catch (IOException e) {
            return ExitCodes.failure(err, "Cannot write the receipt to " + out + ": " + e.getMessage()
                    + ". Check that the folder exists and may be written.");
        }
        long bytes;
        try {
            bytes = Files.size(out);
        } catch (IOException e) {
            bytes = -1;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("out", out.toString());
        result.put("bytes", bytes);
        Json.print(spec.commandLine().getOut(), result);
        err.println("Wrote " + ("test-page".equals(what) ? "the printer test page" : "a sample checkout receipt")
                + " (" + language + ", " + width + " columns) to " + out + ".");
        err.flush();
        return ExitCodes.OK;
    }

    private String problem() {
        if (!"sample".equals(what) && !"test-page".equals(what)) {
            return "Unknown receipt '" + what + "': choose 'sample' or 'test-page'.";
        }
        if (!"id".equals(language) && !"en".equals(language)) {
            return "--lang must be id or en, not '" + language + "'.";
        }
        if (width != 32 && width != 48) {
            return "--width must be 32 (58 mm paper) or 48 (80 mm paper), not " + width + ".";
        }
        return null;
    }
}
