package org.pustaka.sip2.net;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.net.SocketTimeoutException;

/**
 * Cuts a byte stream into lines ending in CR, CRLF or LF, whatever the server uses, however the bytes
 * are split over reads. Empty lines (the LF of a CRLF read on its own) are skipped. A deadline bounds
 * the whole line, not each read, so a server trickling bytes cannot stretch the timeout.
 */
public final class LineReader {
    /** Sets the blocking time of the next read, in milliseconds (a socket's SO_TIMEOUT). */
    @FunctionalInterface
    public interface ReadTimeout {
        void set(int millis) throws IOException;
    }

    static final int MAX_LINE = 64 * 1024;
    private final InputStream in;
    private final ReadTimeout timeout;
    private final byte[] buffer = new byte[8192];
    private int pos;
    private int limit;

    public LineReader(InputStream in, ReadTimeout timeout) {
        this.in = in;
        this.timeout = timeout;
    }

    /**
     * The next non-empty line without its terminator.
     *
     * @throws SocketTimeoutException when no full line arrived before the deadline
     * @throws EOFException when the peer closed the connection
     */
    public byte[] readLine(long deadlineNanos) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        while (true) {
            if (pos == limit) {
                fill(deadlineNanos);
            }
            byte b = buffer[pos++];
            if (b == '\r' || b == '\n') {
                if (line.size() > 0) {
                    return line.toByteArray();
                }
                continue;
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("The library system sent a line longer than " + MAX_LINE + " bytes.");
            }
            line.write(b);
        }
    }

    /** Throws away whatever is already buffered (a late answer to an earlier request). */
    public int discardBuffered() throws IOException {
        int dropped = limit - pos;
        pos = limit;
        int available = in.available();
        if (available > 0) {
            dropped += (int) in.skip(available);
        }
        return dropped;
    }

    /**
     * Whether the peer has closed the connection, waiting at most {@code waitMillis} for a sign. Bytes
     * that arrive instead are kept for {@link #discardBuffered()}.
     */
    public boolean peerClosed(int waitMillis) throws IOException {
        if (pos < limit) {
            return false;
        }
        timeout.set(Math.max(1, waitMillis));
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return true;
            }
            pos = 0;
            limit = n;
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private void fill(long deadlineNanos) throws IOException {
        long remaining = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (remaining <= 0) {
            throw new SocketTimeoutException("no complete line before the deadline");
        }
        timeout.set((int) Math.min(Integer.MAX_VALUE, remaining));
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            throw new EOFException("the library system closed the connection");
        }
        pos = 0;
        limit = n;
    }
}
