package org.pustaka.kiosk.ui;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The hidden gesture that opens diagnostics: {@code taps} taps within {@code windowMillis} on the
 * library's name in the header. Visitors do not tap a title five times in a row by chance. Event
 * thread only.
 */
final class TapGesture {
    private final int taps;
    private final long windowNanos;
    private final Deque<Long> times = new ArrayDeque<>();

    TapGesture(int taps, long windowMillis) {
        this.taps = taps;
        this.windowNanos = windowMillis * 1_000_000L;
    }

    /** Counts a tap at {@code nanos}; true when it completes the gesture (which then starts afresh). */
    boolean tap(long nanos) {
        times.addLast(nanos);
        while (!times.isEmpty() && nanos - times.peekFirst() > windowNanos) {
            times.removeFirst();
        }
        if (times.size() >= taps) {
            times.clear();
            return true;
        }
        return false;
    }
}
