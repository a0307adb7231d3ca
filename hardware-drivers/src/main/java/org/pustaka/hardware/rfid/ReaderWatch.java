package org.pustaka.hardware.rfid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.tag.TagCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Continuous inventory of the pad on its own thread. A new UID is read once (AFI and memory) and reported
 * as {@link TagArrived}; a tag counts as gone ({@link TagLeft}) only after it was missing from
 * {@code missesBeforeLeft} inventories in a row, so a book lying still whose tag drops out of one
 * inventory does not flicker. While the reader fails nothing is counted as gone.
 *
 * <p>The reader is single-caller, so everyone else uses it through {@link #exclusive(ReaderTask)},
 * which runs between polls. The lock is fair: a waiting caller gets the reader before the next poll.
 * Listeners run on the watch thread after each poll, outside the lock.
 */
public final class ReaderWatch implements ReaderAccess, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderWatch.class);

    private final RfidReader reader;
    private final Duration interval;
    private final int missesBeforeLeft;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final List<TagListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Presence> present = new LinkedHashMap<>();
    private final Set<String> unreadable = new HashSet<>();
    private volatile List<TagArrived> snapshot = List.of();
    private volatile Thread thread;
    private volatile boolean running;
    private boolean failing;

    public ReaderWatch(RfidReader reader, Duration interval, int missesBeforeLeft) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The poll interval must be positive, not " + interval + ".");
        }
        if (missesBeforeLeft < 1) {
            throw new IllegalArgumentException("missesBeforeLeft must be at least 1, not " + missesBeforeLeft + ".");
        }
        this.reader = reader;
        this.interval = interval;
        this.missesBeforeLeft = missesBeforeLeft;
    }

    public void addListener(TagListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TagListener listener) {
        listeners.remove(listener);
    }

    /** Starts polling on a daemon thread named {@code rfid-watch}; does nothing when already started. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        Thread t = new Thread(this::loop, "rfid-watch");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Stops polling and waits for the current poll to end. The reader itself is not closed. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            thread = null;
        }
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public <T> T exclusive(ReaderTask<T> task) throws DeviceException {
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException("rfid", "Interrupted while waiting for the RFID reader.", e);
        }
        try {
            return task.run(reader);
        } finally {
            lock.unlock();
        }
    }

    /** The tags on the pad now, as read when they arrived. Safe from any thread. */
    public List<TagArrived> tagsOnPad() {
        return snapshot;
    }

    /** One inventory and its events; the watch thread calls this, tests may call it directly. */
    void poll() {
        List<Runnable> events = new ArrayList<>();
        lock.lock();
        try {
            Set<String> seen = new HashSet<>(reader.inventory());
            if (failing) {
                failing = false;
                events.add(() -> each(TagListener::readerRecovered));
            }
            arrivals(seen, events);
            departures(seen, events);
        } catch (DeviceException e) {
            if (!failing) {
                failing = true;
                LOG.warn("RFID reader failed: {}", e.getMessage());
                events.add(() -> each(l -> l.readerFailed(e)));
            }
        } finally {
            lock.unlock();
        }
        events.forEach(Runnable::run);
    }

    private void arrivals(Set<String> seen, List<Runnable> events) {
        for (String uid : seen) {
            Presence known = present.get(uid);
            if (known != null) {
                known.misses = 0;
                continue;
            }
            try {
                TagRead read = reader.read(uid);
                TagArrived arrived = new TagArrived(read, TagCodec.decode(read.memory()));
                present.put(uid, new Presence(arrived));
                unreadable.remove(uid);
                events.add(() -> each(l -> l.tagArrived(arrived)));
            } catch (DeviceException e) {
                if (unreadable.add(uid)) {
                    events.add(() -> each(l -> l.tagUnreadable(uid, e)));
                }
            }
        }
        unreadable.retainAll(seen);
        publish();
    }

    private void departures(Set<String> seen, List<Runnable> events) {
        var it = present.entrySet().iterator();
        while (it.hasNext()) {
            var entry = it.next();
            if (!seen.contains(entry.getKey()) && ++entry.getValue().misses >= missesBeforeLeft) {
                it.remove();
                TagLeft left = new TagLeft(entry.getKey());
                events.add(() -> each(l -> l.tagLeft(left)));
            }
        }
        publish();
    }

    private void publish() {
        List<TagArrived> now = new ArrayList<>(present.size());
        present.values().forEach(p -> now.add(p.arrived));
        snapshot = List.copyOf(now);
    }

    private void each(java.util.function.Consumer<TagListener> call) {
        for (TagListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.error("A tag listener failed; the watch goes on", e);
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                poll();
            } catch (RuntimeException e) {
                LOG.error("An RFID poll failed unexpectedly; the watch goes on", e);
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static final class Presence {
        final TagArrived arrived;
        int misses;

        Presence(TagArrived arrived) {
            this.arrived = arrived;
        }
    }
}
