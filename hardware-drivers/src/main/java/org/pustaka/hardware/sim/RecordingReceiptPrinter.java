package org.pustaka.hardware.sim;

import java.util.ArrayList;
import java.util.List;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.PrinterStatus;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.printer.ReceiptText;

/**
 * A printer that keeps what it printed and renders it as plain text at the configured width. Paper
 * state is switched by the demo's device window or a test.
 */
public final class RecordingReceiptPrinter implements ReceiptPrinter {
    public static final String DEVICE = "printer";

    private final int columns;
    private final List<Receipt> printed = new ArrayList<>();
    private volatile PrinterStatus status = PrinterStatus.READY;

    public RecordingReceiptPrinter(int columns) {
        this.columns = columns;
    }

    public void status(PrinterStatus value) {
        status = value;
    }

    public void paperOut(boolean out) {
        status = new PrinterStatus(true, out, out, false, false, true);
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    @Override
    public synchronized void print(Receipt receipt) throws DeviceException {
        if (!status.canPrint()) {
            throw new DeviceException(DEVICE, "The printer cannot print: " + describe(status));
        }
        printed.add(receipt);
    }

    @Override
    public DeviceHealth health() {
        PrinterStatus s = status;
        if (!s.canPrint()) {
            return new DeviceHealth(DEVICE, DeviceHealth.State.FAILED, describe(s));
        }
        if (s.paperNearEnd()) {
            return new DeviceHealth(DEVICE, DeviceHealth.State.DEGRADED, "Paper near end: load a new roll soon.");
        }
        return DeviceHealth.ok(DEVICE);
    }

    public synchronized List<Receipt> printed() {
        return List.copyOf(printed);
    }

    /** The last receipt as the paper would show it, or an empty string. */
    public synchronized String lastText() {
        return printed.isEmpty() ? "" : ReceiptText.render(printed.get(printed.size() - 1), columns);
    }

    private static String describe(PrinterStatus s) {
        if (s.paperOut()) {
            return "Paper out: load a new roll.";
        }
        if (s.coverOpen()) {
            return "Cover open: close the printer cover.";
        }
        if (!s.online()) {
            return "Printer offline: check its cable and power.";
        }
        return "Printer error: switch it off and on.";
    }
}
