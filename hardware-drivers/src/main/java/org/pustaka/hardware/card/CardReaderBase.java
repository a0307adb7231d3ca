package org.pustaka.hardware.card;

import java.util.function.Consumer;
import org.pustaka.hardware.api.CardListener;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.api.CardRead;
import org.pustaka.hardware.api.CardScanner;
import org.pustaka.hardware.api.DeviceHealth;

/**
 * What every card reader shares: one listener at a time, delivery of cards and problems, and the
 * reader's health kept from what it last saw (lost and back). Subclasses start their own thread in
 * {@link #begin()} and end it in {@link #end()}; {@code listen} and {@code stop} may be called again.
 */
public abstract class CardReaderBase implements CardScanner {
    private final String name;
    private volatile CardListener listener;
    private volatile DeviceHealth health;
    private volatile Thread worker;

    protected CardReaderBase(String name) {
        this.name = name;
        this.health = new DeviceHealth(deviceName(name), DeviceHealth.State.DEGRADED, "starting");
    }

    /** The reader's short name in config and diagnostics: hid, serial, pad, pcsc. */
    public final String name() {
        return name;
    }

    static String deviceName(String reader) {
        return "card." + reader;
    }

    @Override
    public final void start(Consumer<String> onCard) {
        listen(read -> {
            if (read.kind() == CardRead.Kind.NUMBER) {
                onCard.accept(read.value());
            }
        });
    }

    @Override
    public final synchronized void listen(CardListener l) {
        boolean first = listener == null;
        listener = l;
        if (first) {
            begin();
        }
    }

    @Override
    public final synchronized void stop() {
        if (listener != null) {
            listener = null;
            end();
        }
    }

    @Override
    public DeviceHealth health() {
        return health;
    }

    protected abstract void begin();

    protected abstract void end();

    protected final void deliver(CardRead read) {
        CardListener l = listener;
        if (l != null) {
            l.card(read);
        }
    }

    protected final void deliverNumber(String number) {
        deliver(CardRead.number(name, number));
    }

    /** Reports a problem; losing the reader and getting it back also change {@link #health()}. */
    protected final void report(CardProblem.Kind kind, String detail) {
        if (kind == CardProblem.Kind.READER_LOST) {
            health = new DeviceHealth(deviceName(name), DeviceHealth.State.FAILED, detail);
        } else if (kind == CardProblem.Kind.READER_BACK) {
            healthy(detail);
        }
        CardListener l = listener;
        if (l != null) {
            l.problem(new CardProblem(name, kind, detail));
        }
    }

    /** The reader works; {@code detail} says what it is (port, reader name). */
    protected final void healthy(String detail) {
        health = new DeviceHealth(deviceName(name), DeviceHealth.State.OK, detail);
    }

    /** Runs {@code body} on a new daemon thread; {@link #ownThread()} stays true in it until {@link #stopThread}. */
    protected final void startThread(String threadName, Runnable body) {
        Thread t = new Thread(body, threadName);
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    /** Interrupts the reader's thread and waits a little for it to end. */
    protected final void stopThread() {
        Thread t = worker;
        worker = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True on the reader's current thread until it is asked to stop. */
    protected final boolean ownThread() {
        return worker == Thread.currentThread();
    }
}
