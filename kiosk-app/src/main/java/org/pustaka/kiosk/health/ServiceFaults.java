package org.pustaka.kiosk.health;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.rfid.TagListener;
import org.pustaka.kiosk.store.StoreException;
import org.pustaka.kiosk.ui.ServiceNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What keeps the kiosk from serving any visitor: an RFID reader that does not answer, or a local database
 * that refuses writes. The reader's watch and the circulation journal report here as things happen;
 * {@link #onChange} listeners (the lights, the welcome screen) are told on the reporter's thread after every change, so they
 * must only hand the work on. Thread-safe.
 */
public final class ServiceFaults implements ServiceNotice {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceFaults.class);

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean readerFailing;
    private boolean storeFailing;

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** True while no visitor can be served. */
    @Override
    public synchronized boolean outOfOrder() {
        return readerFailing || storeFailing;
    }

    synchronized boolean storeFailing() {
        return storeFailing;
    }

    void readerFailed(String detail) {
        synchronized (this) {
            if (readerFailing) {
                return;
            }
            readerFailing = true;
        }
        LOG.warn("The RFID reader does not answer ({}); the kiosk is out of order until it does.", detail);
        changed();
    }

    void readerRecovered() {
        synchronized (this) {
            if (!readerFailing) {
                return;
            }
            readerFailing = false;
        }
        LOG.info("The RFID reader answers again.");
        changed();
    }

    void storeFailed(StoreException e) {
        synchronized (this) {
            if (storeFailing) {
                return;
            }
            storeFailing = true;
        }
        LOG.error("The local database cannot be written ({}); the kiosk is out of order until it can.",
                e.getMessage());
        changed();
    }

    void storeWritten() {
        synchronized (this) {
            if (!storeFailing) {
                return;
            }
            storeFailing = false;
        }
        LOG.info("The local database takes writes again.");
        changed();
    }

    /** The reader watch's events, for {@code ReaderWatch.addListener}. */
    public TagListener readerListener() {
        return new TagListener() {
            @Override
            public void readerFailed(DeviceException cause) {
                ServiceFaults.this.readerFailed(cause.getMessage());
            }

            @Override
            public void readerRecovered() {
                ServiceFaults.this.readerRecovered();
            }
        };
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
