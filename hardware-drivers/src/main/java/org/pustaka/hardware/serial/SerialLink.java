package org.pustaka.hardware.serial;

import java.io.IOException;
import java.time.Duration;

/**
 * A byte link to a device on a serial line: a real port, a pseudo-terminal or a pair of streams. Every
 * method blocks the calling thread at most as long as its timeout (writes until the bytes are handed to
 * the driver). Not thread-safe: one caller at a time, normally the device driver that owns the link.
 * Failures are {@link IOException}s with a sentence that names the port.
 */
public interface SerialLink extends AutoCloseable {

    /** Opens the link; does nothing when it is open already. */
    void open() throws IOException;

    void write(byte[] data) throws IOException;

    /**
     * Reads what has arrived, waiting up to {@code timeout} for the first byte. Returns the number of bytes
     * put into {@code buffer} from {@code offset}, at most {@code length}, and 0 when nothing came in time.
     */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException;

    /** Throws away bytes that arrived and were not read yet (late answers, line noise). */
    void discardInput() throws IOException;

    /** Closes the link; it may be opened again. Never throws. */
    @Override
    void close();
}
