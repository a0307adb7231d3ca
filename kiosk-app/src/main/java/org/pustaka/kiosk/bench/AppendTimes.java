package org.pustaka.kiosk.bench;

import java.util.Arrays;

/** Durations of journal appends, kept in a growing array of nanoseconds. Safe from any thread. */
final class AppendTimes {
    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long duration) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = duration;
    }

    synchronized int count() {
        return count;
    }

    synchronized long totalNanos() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return sum;
    }

    synchronized void reset() {
        count = 0;
    }

    /** The durations in milliseconds. */
    synchronized double[] millis() {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = nanos[i] / 1e6;
        }
        return out;
    }
}
