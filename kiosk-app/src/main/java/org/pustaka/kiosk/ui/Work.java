package org.pustaka.kiosk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps device and network work off the event thread. Circulation runs on one thread so items are
 * handled in the order they were laid on the pad and the reader never serves two callers; look-ups
 * that may wait on the network (the welcome strip, the device window) run on another, so a slow
 * catalog never delays a loan. Results come back on the event thread.
 */
final class Work implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Work.class);

    private final ExecutorService circulation = Executors.newSingleThreadExecutor(named("kiosk-circulation"));
    private final ExecutorService lookups = Executors.newFixedThreadPool(2, named("kiosk-lookup"));

    /** Runs {@code job} on the circulation thread; {@code done} or {@code failed} then runs on the event thread. */
    <T> void circulation(Callable<T> job, Consumer<T> done, Consumer<Exception> failed) {
        submit(circulation, job, done, failed);
    }

    <T> void lookup(Callable<T> job, Consumer<T> done, Consumer<Exception> failed) {
        submit(lookups, job, done, failed);
    }

    /** Fire and forget on the lookup threads; a failure is logged. */
    void lookup(Runnable job) {
        lookups.execute(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("Background task failed: {}", e.toString(), e);
            }
        });
    }

    private static <T> void submit(ExecutorService executor, Callable<T> job, Consumer<T> done,
                                   Consumer<Exception> failed) {
        executor.execute(() -> {
            try {
                T result = job.call();
                SwingUtilities.invokeLater(() -> done.accept(result));
            } catch (Exception e) {
                log.warn("Device or library call failed: {}", e.toString(), e);
                SwingUtilities.invokeLater(() -> failed.accept(e));
            }
        });
    }

    @Override
    public void close() {
        circulation.shutdownNow();
        lookups.shutdownNow();
        try {
            circulation.awaitTermination(2, TimeUnit.SECONDS);
            lookups.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
