package org.pustaka.hardware.rfid.feig;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.serial.SerialLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request, one answer, over a {@link SerialLink}: sends the frame, collects bytes until a frame with
 * the right address and command arrives, and sends again (bounded) after a timeout, a garbled answer or
 * a radio fault. The protocol has no sequence numbers, so before a retry the line is left quiet for a
 * moment and cleared, so that a late answer to the previous try is not taken for the new one.
 */
final class FeigTransport {
    private static final Logger LOG = LoggerFactory.getLogger(FeigTransport.class);
    private static final Duration QUIET_BEFORE_RETRY = Duration.ofMillis(20);

    private final SerialLink link;
    private final FeigReaderOptions options;
    private final FeigFrameScanner scanner = new FeigFrameScanner();
    private final byte[] chunk = new byte[512];
    private final AtomicLong framesSent = new AtomicLong();
    private boolean open;

    FeigTransport(SerialLink link, FeigReaderOptions options) {
        this.link = link;
        this.options = options;
    }

    /** Sends a 0xB0 request and returns the answer; a transient radio status is retried like a timeout. */
    FeigResponse exchange(byte[] isoData, String what) throws DeviceException {
        byte[] frame = FeigFrameCodec.encode(
                new FeigRequest(options.busAddress(), IsoHostCommand.FEIG_COMMAND, isoData));
        DeviceException last = null;
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            try {
                if (attempt > 0) {
                    quiet();
                }
                ensureOpen();
                link.discardInput();
                scanner.clear();
                framesSent.incrementAndGet();
                link.write(frame);
                FeigResponse response = await(IsoHostCommand.FEIG_COMMAND);
                if (response == null) {
                    last = new DeviceException(FeigRfidReader.DEVICE, "The RFID reader did not answer " + what
                            + " within " + options.responseTimeout().toMillis() + " ms: check its power and cable.");
                } else if (FeigStatus.transientFault(response.status())) {
                    last = new DeviceException(FeigRfidReader.DEVICE,
                            FeigStatus.describe(response.status(), response.data(), null));
                } else {
                    return response;
                }
                LOG.debug("FEIG {} attempt {} failed: {}", what, attempt + 1, last.getMessage());
            } catch (IOException e) {
                link.close();
                open = false;
                last = new DeviceException(FeigRfidReader.DEVICE, "The RFID reader's serial line failed during "
                        + what + ": " + e.getMessage(), e);
            }
        }
        throw last;
    }

    /** Request frames written to the line so far, retries included. */
    long framesSent() {
        return framesSent.get();
    }

    void close() {
        link.close();
        open = false;
    }

    private void ensureOpen() throws IOException {
        if (!open) {
            link.open();
            open = true;
        }
    }

    private FeigResponse await(int command) throws IOException {
        long deadline = System.nanoTime() + options.responseTimeout().toNanos();
        while (true) {
            var frame = scanner.next();
            while (frame.isPresent()) {
                FeigResponse response = parse(frame.get());
                if (response != null && response.command() == command
                        && (options.busAddress() == 0xFF || response.address() == options.busAddress())) {
                    return response;
                }
                frame = scanner.next();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            int n = link.read(chunk, 0, chunk.length, Duration.ofNanos(left));
            if (n > 0) {
                scanner.feed(chunk, 0, n);
            }
        }
    }

    private static FeigResponse parse(byte[] frame) {
        try {
            return FeigFrameCodec.parseResponse(frame);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void quiet() throws DeviceException {
        try {
            Thread.sleep(QUIET_BEFORE_RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(FeigRfidReader.DEVICE, "Interrupted while waiting for the RFID reader.", e);
        }
    }
}
