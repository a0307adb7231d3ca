package org.pustaka.hardware.printer.escpos;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Status bytes from an {@link InputStream} such as {@code /dev/usb/lp0} opened for reading. Device
 * files do not support read timeouts, so a daemon thread blocks on the stream and hands each byte over
 * through a queue; {@link #read} waits on the queue. The thread ends when the stream ends or fails.
 */
public final class StreamStatusReader implements StatusReader, AutoCloseable {
    private static final int END = -2;

    private final InputStream in;
    private final BlockingQueue<Integer> bytes = new LinkedBlockingQueue<>();
    private volatile IOException failure;

    public StreamStatusReader(InputStream in, String threadName) {
        this.in = in;
        Thread pump = new Thread(this::pump, threadName);
        pump.setDaemon(true);
        pump.start();
    }

    private void pump() {
        try {
            int b;
            while ((b = in.read()) >= 0) {
                bytes.add(b);
            }
        } catch (IOException e) {
            failure = e;
        }
        bytes.add(END);
    }

    @Override
    public int read(Duration timeout) throws IOException {
        try {
            Integer b = bytes.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (b == null) {
                return -1;
            }
            if (b == END) {
                bytes.add(END);
                IOException f = failure;
                throw f != null ? f : new IOException("the printer link was closed");
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the printer", e);
        }
    }

    @Override
    public void discardPending() {
        bytes.removeIf(b -> b != END);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
