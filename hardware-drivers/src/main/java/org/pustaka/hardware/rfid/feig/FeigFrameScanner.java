package org.pustaka.hardware.rfid.feig;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds whole, CRC-checked FEIG frames in a stream of bytes that may carry noise or half frames. Bytes
 * are fed as they arrive; {@link #next()} returns the earliest complete frame whose CRC is right and
 * drops everything before it, so a noise byte that looks like a length never blocks a good frame that
 * follows. Pure and single-threaded: one scanner per link.
 */
public final class FeigFrameScanner {
    private static final int MAX_BUFFER = 4096;

    private byte[] buffer = new byte[512];
    private int count;

    public void feed(byte[] data, int offset, int length) {
        if (count + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + length));
        }
        System.arraycopy(data, offset, buffer, count, length);
        count += length;
        if (count > MAX_BUFFER) {
            drop(count - MAX_BUFFER);
        }
    }

    public Optional<byte[]> next() {
        int firstIncomplete = -1;
        for (int start = 0; start < count; start++) {
            int total = frameLength(start);
            if (total < 0) {
                continue;
            }
            if (total == 0 || start + total > count) {
                if (firstIncomplete < 0) {
                    firstIncomplete = start;
                }
                continue;
            }
            int crc = FeigCrc.crc16(buffer, start, total - 2);
            int stored = (buffer[start + total - 2] & 0xFF) | (buffer[start + total - 1] & 0xFF) << 8;
            if (crc == stored) {
                byte[] frame = Arrays.copyOfRange(buffer, start, start + total);
                drop(start + total);
                return Optional.of(frame);
            }
        }
        drop(firstIncomplete < 0 ? count : firstIncomplete);
        return Optional.empty();
    }

    /** Bytes held that are not yet part of a returned frame. */
    public int buffered() {
        return count;
    }

    public void clear() {
        count = 0;
    }

    /** The frame length announced at {@code start}: -1 if no frame can start there, 0 if not yet known. */
    private int frameLength(int start) {
        int first = buffer[start] & 0xFF;
        if (first == FeigFrameCodec.STX) {
            if (start + 3 > count) {
                return 0;
            }
            int length = (buffer[start + 1] & 0xFF) << 8 | (buffer[start + 2] & 0xFF);
            return length >= FeigFrameCodec.MIN_ADVANCED ? length : -1;
        }
        return first >= FeigFrameCodec.MIN_STANDARD ? first : -1;
    }

    private void drop(int n) {
        System.arraycopy(buffer, n, buffer, 0, count - n);
        count -= n;
    }
}
