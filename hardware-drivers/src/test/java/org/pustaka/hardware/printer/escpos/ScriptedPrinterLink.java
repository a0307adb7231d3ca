package org.pustaka.hardware.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Both ends of a bidirectional printer link in memory: bytes written are kept, and every
 * {@code DLE EOT n} gets the reply set for {@code n} (or none, when the printer is "unplugged").
 */
final class ScriptedPrinterLink extends OutputStream implements StatusReader {
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final Deque<Integer> replies = new ArrayDeque<>();
    private final int[] answers = {0x12, 0x12, 0x12, 0x12};
    private boolean silent;
    private int state;

    void answer(int n, int reply) {
        answers[n - 1] = reply;
    }

    void silent(boolean value) {
        silent = value;
    }

    byte[] written() {
        return written.toByteArray();
    }

    /** Bytes written apart from status queries: what reached the paper. */
    byte[] printed() {
        byte[] all = written();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < all.length; i++) {
            if (i + 2 < all.length && all[i] == 0x10 && all[i + 1] == 0x04 && all[i + 2] >= 1 && all[i + 2] <= 4) {
                i += 2;
                continue;
            }
            out.write(all[i]);
        }
        return out.toByteArray();
    }

    @Override
    public void write(int b) {
        written.write(b);
        b &= 0xFF;
        if (state == 0 && b == 0x10) {
            state = 1;
        } else if (state == 1 && b == 0x04) {
            state = 2;
        } else if (state == 2) {
            if (b >= 1 && b <= 4 && !silent) {
                replies.add(answers[b - 1]);
            }
            state = 0;
        } else {
            state = 0;
        }
    }

    @Override
    public int read(Duration timeout) {
        Integer b = replies.poll();
        return b == null ? -1 : b;
    }

    @Override
    public void discardPending() {
        replies.clear();
    }

    static boolean contains(byte[] haystack, byte... needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return true;
            }
        }
        return false;
    }
}
