package org.pustaka.hardware.printer.escpos;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.PrinterStatus;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS thermal printer on an {@link OutputStream}: a USB printer's device file
 * ({@code /dev/usb/lp0}) or a serial link. With a {@link StatusReader} the link is bidirectional and
 * the driver asks {@code DLE EOT 1..4} before every receipt and on {@link #status()}; without one it
 * reports {@link PrinterStatus#UNKNOWN} and prints blind. Calls are serialized on this object; they
 * block for at most four status timeouts plus the write.
 */
public final class EscPosReceiptPrinter implements ReceiptPrinter {
    public static final String DEVICE = "printer";
    public static final Duration DEFAULT_STATUS_TIMEOUT = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(EscPosReceiptPrinter.class);

    private final OutputStream out;
    private final StatusReader statusReader;
    private final Duration statusTimeout;
    private final EscPosReceiptEncoder encoder;
    private String lastProblem = "";

    /** A one-way printer (no status). */
    public EscPosReceiptPrinter(OutputStream out, int columns) {
        this(out, null, columns, DEFAULT_STATUS_TIMEOUT, EscPosCodePage.CP858);
    }

    /**
     * A printer on {@code out}; {@code statusReader} null for a one-way link. {@code columns} is 32
     * (58 mm) or 48 (80 mm).
     */
    public EscPosReceiptPrinter(OutputStream out, StatusReader statusReader, int columns, Duration statusTimeout,
                                EscPosCodePage codePage) {
        this.out = out;
        this.statusReader = statusReader;
        this.statusTimeout = statusTimeout;
        this.encoder = new EscPosReceiptEncoder(columns, codePage);
    }

    /** Opens a printer device file; with {@code bidirectional} its status is read back from the same file. */
    public static EscPosReceiptPrinter openDevice(Path device, int columns, boolean bidirectional)
            throws DeviceException {
        try {
            OutputStream out = new FileOutputStream(device.toFile());
            StatusReader reader = bidirectional
                    ? new StreamStatusReader(new FileInputStream(device.toFile()), "printer-status")
                    : null;
            return new EscPosReceiptPrinter(out, reader, columns, DEFAULT_STATUS_TIMEOUT, EscPosCodePage.CP858);
        } catch (IOException e) {
            throw new DeviceException(DEVICE, "Cannot open the printer at " + device + ": " + e.getMessage()
                    + ". Check that it is plugged in and that the kiosk user may write to it.", e);
        }
    }

    @Override
    public synchronized PrinterStatus status() {
        if (statusReader == null) {
            return PrinterStatus.UNKNOWN;
        }
        try {
            statusReader.discardPending();
            byte[] replies = new byte[EscPosStatus.QUERIES.length];
            for (int i = 0; i < replies.length; i++) {
                out.write(EscPosStatus.query(EscPosStatus.QUERIES[i]));
                out.flush();
                int b = statusReader.read(statusTimeout);
                if (b < 0) {
                    return noAnswer("The printer did not answer its status query: check its cable and power.");
                }
                replies[i] = (byte) b;
            }
            PrinterStatus status = EscPosStatus.decode(replies);
            lastProblem = "";
            return status;
        } catch (MalformedStatusException e) {
            return noAnswer(e.getMessage());
        } catch (IOException e) {
            return noAnswer("The printer link failed: " + e.getMessage() + ". Check its cable and power.");
        }
    }

    private PrinterStatus noAnswer(String problem) {
        if (!problem.equals(lastProblem)) {
            LOG.warn("printer status: {}", problem);
        }
        lastProblem = problem;
        return new PrinterStatus(false, false, false, false, true, true);
    }

    @Override
    public synchronized void print(Receipt receipt) throws DeviceException {
        PrinterStatus status = status();
        if (!status.canPrint()) {
            throw new DeviceException(DEVICE, "The printer cannot print: " + describe(status));
        }
        byte[] bytes = encoder.encode(receipt);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new DeviceException(DEVICE, "Sending the receipt to the printer failed: " + e.getMessage()
                    + ". Check its cable and power.", e);
        }
    }

    @Override
    public DeviceHealth health() {
        PrinterStatus s = status();
        if (!s.known()) {
            return new DeviceHealth(DEVICE, DeviceHealth.State.OK,
                    "One-way link: the printer reports no status (paper is not watched).");
        }
        if (!s.canPrint()) {
            return new DeviceHealth(DEVICE, DeviceHealth.State.FAILED, describe(s));
        }
        if (s.paperNearEnd()) {
            return new DeviceHealth(DEVICE, DeviceHealth.State.DEGRADED, "Paper near end: load a new roll soon.");
        }
        return DeviceHealth.ok(DEVICE);
    }

    private synchronized String describe(PrinterStatus s) {
        if (s.paperOut()) {
            return "Paper out: load a new roll.";
        }
        if (s.coverOpen()) {
            return "Cover open: close the printer cover.";
        }
        if (!lastProblem.isEmpty()) {
            return lastProblem;
        }
        if (!s.online()) {
            return "Printer offline: check its cable and power.";
        }
        return "Printer error: switch it off and on; clear any paper jam at the cutter.";
    }

    @Override
    public void close() {
        try {
            out.close();
            if (statusReader instanceof AutoCloseable c) {
                c.close();
            }
        } catch (Exception e) {
            LOG.debug("closing the printer link: {}", e.getMessage());
        }
    }
}
