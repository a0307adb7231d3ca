package org.pustaka.kiosk.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Time spent inside one port (the reader, the library system): the timing decorators add every call's
 * duration here, and the benchmark reads and resets it between rounds. Safe from any thread.
 */
public final class PortTimer {
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();

    void add(long startedNanos) {
        nanos.addAndGet(System.nanoTime() - startedNanos);
        calls.incrementAndGet();
    }

    public long nanos() {
        return nanos.get();
    }

    public long calls() {
        return calls.get();
    }

    public void reset() {
        nanos.set(0);
        calls.set(0);
    }
}
