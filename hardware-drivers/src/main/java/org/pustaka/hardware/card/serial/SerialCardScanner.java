package org.pustaka.hardware.card.serial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.card.CardReaderBase;
import org.pustaka.hardware.serial.SerialLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A barcode scanner on a serial line (a USB CDC-ACM scanner, {@code /dev/ttyACM0}): each scan arrives as
 * {@code prefix + number + suffix}. Bytes that stop arriving before the suffix are a half scan
 * ({@link CardProblem.Kind#PARTIAL_READ}) and are dropped. When the device disappears (unplugged: its
 * device file goes away) or the line fails, the scanner reports {@link CardProblem.Kind#READER_LOST},
 * closes the port and opens it again by itself once the device is back.
 *
 * <p>Runs on its own daemon thread {@code card-serial}.
 */
public final class SerialCardScanner extends CardReaderBase {
    private static final Logger LOG = LoggerFactory.getLogger(SerialCardScanner.class);
    private static final int MAX_LINE = 64;

    /** Where the scanner is and how scans are framed; {@code lineTimeout} ends a scan that stopped. */
    public record Options(Path device, byte[] prefix, byte[] suffix, Duration lineTimeout, Duration reconnect) {
        public Options {
            prefix = prefix.clone();
            suffix = suffix.clone();
            if (suffix.length == 0) {
                throw new IllegalArgumentException("A serial scanner needs a suffix that ends each scan, such as \\r.");
            }
        }
    }

    private final SerialLink link;
    private final Options options;

    public SerialCardScanner(SerialLink link, Options options) {
        super("serial");
        this.link = link;
        this.options = options;
    }

    @Override
    protected void begin() {
        startThread("card-serial", this::run);
    }

    @Override
    protected void end() {
        stopThread();
        link.close();
    }

    private void run() {
        boolean wasLost = false;
        while (ownThread()) {
            try {
                link.open();
                healthy(options.device().toString());
                if (wasLost) {
                    report(CardProblem.Kind.READER_BACK, options.device() + " answers again");
                }
                wasLost = false;
                readScans();
            } catch (IOException e) {
                if (!ownThread()) {
                    return;
                }
                if (!wasLost) {
                    LOG.warn("The serial card scanner on {} is gone: {}", options.device(), e.getMessage());
                    report(CardProblem.Kind.READER_LOST, e.getMessage());
                }
                wasLost = true;
                link.close();
                if (!pause(options.reconnect())) {
                    return;
                }
            }
        }
    }

    private void readScans() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[64];
        long lastByte = 0;
        while (ownThread()) {
            int n = link.read(buffer, 0, buffer.length, options.lineTimeout());
            if (n == 0) {
                if (line.size() > 0 && System.nanoTime() - lastByte >= options.lineTimeout().toNanos()) {
                    report(CardProblem.Kind.PARTIAL_READ, line.size() + " bytes without the suffix");
                    line.reset();
                }
                if (!Files.exists(options.device())) {
                    throw new IOException("The scanner's device " + options.device() + " is gone (unplugged).");
                }
                continue;
            }
            lastByte = System.nanoTime();
            for (int i = 0; i < n; i++) {
                line.write(buffer[i]);
                byte[] sofar = line.toByteArray();
                if (endsWith(sofar, options.suffix())) {
                    scanned(Arrays.copyOf(sofar, sofar.length - options.suffix().length));
                    line.reset();
                } else if (sofar.length > MAX_LINE) {
                    report(CardProblem.Kind.PARTIAL_READ, "a line longer than " + MAX_LINE + " bytes without the suffix");
                    line.reset();
                }
            }
        }
    }

    private void scanned(byte[] framed) {
        int start = 0;
        // a CR LF scanner set to CR leaves the LF at the start of the next scan
        while (start < framed.length && (framed[start] == '\n' || framed[start] == '\r')) {
            start++;
        }
        byte[] body = Arrays.copyOfRange(framed, start, framed.length);
        if (body.length == 0) {
            return;
        }
        if (options.prefix().length > 0) {
            if (!startsWith(body, options.prefix())) {
                report(CardProblem.Kind.PARTIAL_READ, "a scan without the configured prefix");
                return;
            }
            body = Arrays.copyOfRange(body, options.prefix().length, body.length);
        }
        String number = new String(body, StandardCharsets.US_ASCII).trim();
        if (!number.isEmpty()) {
            deliverNumber(number);
        }
    }

    private static boolean endsWith(byte[] data, byte[] end) {
        return data.length >= end.length
                && Arrays.equals(data, data.length - end.length, data.length, end, 0, end.length);
    }

    private static boolean startsWith(byte[] data, byte[] start) {
        return data.length >= start.length && Arrays.equals(data, 0, start.length, start, 0, start.length);
    }

    private boolean pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return ownThread();
        } catch (InterruptedException e) {
            return false;
        }
    }
}
