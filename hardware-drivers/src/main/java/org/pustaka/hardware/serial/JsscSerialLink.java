package org.pustaka.hardware.serial;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import jssc.SerialPort;
import jssc.SerialPortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SerialLink} on a real serial port (or a pseudo-terminal) through jSSC. Reads poll the driver's
 * input count every millisecond until the timeout, so a read returns as soon as the first bytes are
 * there and never blocks longer than asked.
 *
 * <p>On a pseudo-terminal jSSC's {@code setParams} reports failure although the settings apply (a pty has
 * no modem lines to set); that is logged and ignored, since the link then works as configured.
 */
public final class JsscSerialLink implements SerialLink {
    private static final Logger LOG = LoggerFactory.getLogger(JsscSerialLink.class);
    private static final long POLL_NANOS = 1_000_000;

    private final SerialSettings settings;
    private SerialPort port;

    public JsscSerialLink(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open() throws IOException {
        if (port != null && port.isOpened()) {
            return;
        }
        SerialPort candidate = new SerialPort(settings.port());
        try {
            candidate.openPort();
        } catch (SerialPortException e) {
            throw new IOException("Serial port " + settings.port() + " cannot be opened (" + e.getExceptionType()
                    + "): check the cable, the device name and that no other program uses it.", e);
        }
        try {
            boolean applied = candidate.setParams(settings.baud(), settings.dataBits(), stopBits(), parity());
            if (!applied) {
                LOG.debug("Serial port {} did not confirm the line settings {}; a pseudo-terminal does this,"
                        + " continuing", settings.port(), settings);
            }
            candidate.purgePort(SerialPort.PURGE_RXCLEAR | SerialPort.PURGE_TXCLEAR);
        } catch (SerialPortException e) {
            LOG.debug("Serial port {} refused a line setting ({}); continuing with the port as it is",
                    settings.port(), e.getExceptionType());
        }
        port = candidate;
        LOG.info("Serial port {} open", settings);
    }

    @Override
    public void write(byte[] data) throws IOException {
        SerialPort p = opened();
        try {
            if (!p.writeBytes(data)) {
                throw new IOException("Serial port " + settings.port() + " did not take the data to send.");
            }
        } catch (SerialPortException e) {
            throw failure("send to", e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        SerialPort p = opened();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                int available = p.getInputBufferBytesCount();
                if (available > 0) {
                    byte[] bytes = p.readBytes(Math.min(available, length));
                    System.arraycopy(bytes, 0, buffer, offset, bytes.length);
                    return bytes.length;
                }
                if (available < 0) {
                    throw new IOException("Serial port " + settings.port() + " was closed or unplugged.");
                }
                if (System.nanoTime() - deadline >= 0) {
                    return 0;
                }
                LockSupport.parkNanos(POLL_NANOS);
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("Interrupted while reading " + settings.port() + ".");
                }
            }
        } catch (SerialPortException e) {
            throw failure("read from", e);
        }
    }

    @Override
    public void discardInput() throws IOException {
        SerialPort p = opened();
        try {
            int available = p.getInputBufferBytesCount();
            if (available > 0) {
                p.readBytes(available);
            }
        } catch (SerialPortException e) {
            throw failure("clear", e);
        }
    }

    @Override
    public void close() {
        SerialPort p = port;
        port = null;
        if (p != null && p.isOpened()) {
            try {
                p.closePort();
            } catch (SerialPortException e) {
                LOG.debug("Closing serial port {} failed: {}", settings.port(), e.getExceptionType());
            }
        }
    }

    @Override
    public String toString() {
        return "JsscSerialLink[" + settings + "]";
    }

    private SerialPort opened() throws IOException {
        if (port == null || !port.isOpened()) {
            throw new IOException("Serial port " + settings.port() + " is not open.");
        }
        return port;
    }

    private IOException failure(String action, SerialPortException e) {
        return new IOException("Could not " + action + " serial port " + settings.port() + " ("
                + e.getExceptionType() + "): check the cable and the device.", e);
    }

    private int stopBits() {
        return settings.stopBits() == 2 ? SerialPort.STOPBITS_2 : SerialPort.STOPBITS_1;
    }

    private int parity() {
        return switch (settings.parity()) {
            case NONE -> SerialPort.PARITY_NONE;
            case EVEN -> SerialPort.PARITY_EVEN;
            case ODD -> SerialPort.PARITY_ODD;
        };
    }
}
