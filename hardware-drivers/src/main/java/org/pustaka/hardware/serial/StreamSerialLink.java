package org.pustaka.hardware.serial;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link SerialLink} over a pair of streams: for tests and for the reader emulator's in-process mode.
 * A daemon thread pumps the input stream into a buffer, so reads can honour their timeout although
 * {@link InputStream#read()} itself cannot time out. End of input makes later reads fail like an
 * unplugged port.
 */
public final class StreamSerialLink implements SerialLink {
    private final String name;
    private final InputStream in;
    private final OutputStream out;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private byte[] buffer = new byte[256];
    private int count;
    private boolean ended;
    private Thread pump;

    public StreamSerialLink(String name, InputStream in, OutputStream out) {
        this.name = name;
        this.in = in;
        this.out = out;
    }

    @Override
    public void open() {
        lock.lock();
        try {
            if (pump == null) {
                pump = new Thread(this::pump, "serial-" + name);
                pump.setDaemon(true);
                pump.start();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void write(byte[] data) throws IOException {
        out.write(data);
        out.flush();
    }

    @Override
    public int read(byte[] target, int offset, int length, Duration timeout) throws IOException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (count == 0) {
                if (ended) {
                    throw new IOException("The link " + name + " was closed at the other end.");
                }
                if (remaining <= 0) {
                    return 0;
                }
                remaining = arrived.awaitNanos(remaining);
            }
            int n = Math.min(count, length);
            System.arraycopy(buffer, 0, target, offset, n);
            System.arraycopy(buffer, n, buffer, 0, count - n);
            count -= n;
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while reading " + name + ".");
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void discardInput() {
        lock.lock();
        try {
            count = 0;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // closing is best effort: the other end may be gone already
        }
        try {
            out.close();
        } catch (IOException e) {
            // as above
        }
    }

    private void pump() {
        byte[] chunk = new byte[256];
        try {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                append(chunk, n);
            }
        } catch (IOException e) {
            // treated like the end of input below
        }
        lock.lock();
        try {
            ended = true;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void append(byte[] chunk, int n) {
        lock.lock();
        try {
            if (count + n > buffer.length) {
                byte[] bigger = new byte[Math.max(buffer.length * 2, count + n)];
                System.arraycopy(buffer, 0, bigger, 0, count);
                buffer = bigger;
            }
            System.arraycopy(chunk, 0, buffer, count, n);
            count += n;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "StreamSerialLink[" + name + "]";
    }
}
