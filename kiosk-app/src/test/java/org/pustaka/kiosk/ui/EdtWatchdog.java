package org.pustaka.kiosk.ui;

import java.awt.EventQueue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Fails a flow that blocks the event thread. A sampler thread looks at the event thread every few
 * milliseconds: while it is not idle (idle = waiting in {@code EventQueue.getNextEvent}) it is busy with
 * one piece of work, and a busy spell is a block when the event thread spent more than 100 ms of it
 * waiting (sleeping, on a lock, on I/O: what a device or network call on the event thread looks like)
 * or more than 250 ms of CPU time computing. Computing has the wider limit because some event-thread work
 * is heavy by nature and belongs there: switching to large text makes FlatLaf read its defaults again and
 * lay out every component, and the first paint of a screen loads its classes; on a shared 2-core build
 * machine that takes 100-150 ms of CPU, while a visitor sees no pause. Waits for the toolkit's own lock while painting are counted
 * apart: painting belongs on the event thread, and on a machine shared by several builds the X server
 * simply answers late. The longest busy spell by the wall clock is kept as a figure only, for the same
 * reason. Sampling, rather than an event queue of its own, leaves the robot's view of the windows alone.
 *
 * <p>Waiting is never measured as wall time between two samples: a sampler the scheduler starved would
 * make a short wait look long. Each sample that finds the event thread waiting counts one sample
 * interval, and where the JVM measures thread contention the count is capped by the JVM's own
 * blocked-plus-waited time for the spell, so a late sampler can only under-count.
 */
final class EdtWatchdog {
    static final long LIMIT_MILLIS = 100;
    static final long COMPUTE_LIMIT_MILLIS = 250;
    private static final long SAMPLE_MILLIS = 5;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<String> blocks = new CopyOnWriteArrayList<>();
    private final Thread sampler = new Thread(this::sample, "edt-watchdog");
    private volatile Thread edt;
    private volatile boolean running = true;
    private volatile long longestWallMillis;
    private volatile long longestToolkitMillis;

    void install() throws Exception {
        EventQueue.invokeAndWait(() -> edt = Thread.currentThread());
        if (threads.isThreadContentionMonitoringSupported()) {
            threads.setThreadContentionMonitoringEnabled(true);
        }
        sampler.setDaemon(true);
        sampler.start();
    }

    void uninstall() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every busy spell that blocked the event thread, with where it waited. */
    List<String> blocks() {
        return List.copyOf(blocks);
    }

    long longestWallMillis() {
        return longestWallMillis;
    }

    long toolkitWaitMillis() {
        return longestToolkitMillis;
    }

    private void sample() {
        boolean busy = false;
        long spellStart = 0;
        long cpuStart = 0;
        long waited = 0;
        long toolkit = 0;
        long jvmWaitStart = 0;
        String waitStack = "";
        long last = System.nanoTime();
        while (running) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            Thread t = edt;
            Thread.State state = t.getState();
            StackTraceElement[] stack = t.getStackTrace();
            boolean idle = Arrays.stream(stack).limit(8).anyMatch(f -> f.getMethodName().equals("getNextEvent"));
            if (idle || state == Thread.State.TERMINATED) {
                if (busy) {
                    long cpu = TimeUnit.NANOSECONDS.toMillis(threads.getThreadCpuTime(t.getId()) - cpuStart);
                    long wall = TimeUnit.NANOSECONDS.toMillis(now - spellStart);
                    long jvmWaited = jvmWaitStart < 0 ? Long.MAX_VALUE : jvmWaitedMillis(t) - jvmWaitStart;
                    long waitedMillis = Math.min(waited * SAMPLE_MILLIS, jvmWaited);
                    longestWallMillis = Math.max(longestWallMillis, wall);
                    longestToolkitMillis = Math.max(longestToolkitMillis, toolkit * SAMPLE_MILLIS);
                    if (cpu > COMPUTE_LIMIT_MILLIS || waitedMillis > LIMIT_MILLIS) {
                        blocks.add(cpu + " ms computing, " + waitedMillis + " ms waiting in " + wall + " ms\n" + waitStack);
                    }
                }
                busy = false;
            } else {
                if (!busy) {
                    busy = true;
                    spellStart = last;
                    cpuStart = threads.getThreadCpuTime(t.getId());
                    jvmWaitStart = jvmWaitedMillis(t);
                    waited = 0;
                    toolkit = 0;
                    waitStack = "";
                }
                if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED) {
                    if (Arrays.stream(stack).limit(12).anyMatch(f -> f.getMethodName().equals("awtLock"))) {
                        toolkit++;
                    } else {
                        waited++;
                        if (waitStack.isEmpty()) {
                            waitStack = Arrays.stream(stack).limit(25).map(f -> "    at " + f)
                                    .collect(Collectors.joining("\n"));
                        }
                    }
                }
            }
            last = now;
        }
    }

    /** The JVM's own count of milliseconds the thread spent blocked or waiting; -1 when it keeps none. */
    private long jvmWaitedMillis(Thread t) {
        ThreadInfo info = threads.getThreadInfo(t.getId());
        if (info == null || info.getWaitedTime() < 0 || info.getBlockedTime() < 0) {
            return -1;
        }
        return info.getWaitedTime() + info.getBlockedTime();
    }
}
