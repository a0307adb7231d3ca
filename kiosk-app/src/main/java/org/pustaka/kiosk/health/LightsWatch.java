package org.pustaka.kiosk.health;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.StatusLights;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells staff across the room what the kiosk cannot see for itself on screen. Every 15 seconds it asks
 * the library system and the printer; {@link ServiceFaults} tells it at once when the RFID reader stops
 * answering or the local database refuses a write. Its verdict, strongest first:
 * <ol>
 * <li>OUT_OF_ORDER (red) while the reader fails or the database cannot be written: no visitor can be
 * served, so nothing else matters;</li>
 * <li>OFFLINE (amber steady) while the library system is unreachable: loans go on from the local store;</li>
 * <li>ATTENTION (amber blinking) while the printer cannot print;</li>
 * <li>READY (green) otherwise.</li>
 * </ol>
 * It changes the lights only when its verdict changes, so the touchscreen's cues during a visit (BUSY,
 * ATTENTION) are not overwritten every time it looks. The touchscreen shows its cues through
 * {@link #cues()}: they are held back while the kiosk is out of order, and its READY ("the visit is over")
 * becomes the watch's own resting verdict, so a visit never ends on green while the library is offline.
 *
 * <p>A failed database is checked again on every look with {@code storeCheck}, a small write; the first
 * write that succeeds (the check or a visitor's) brings the lights back. All methods are thread-safe.
 */
public final class LightsWatch implements AutoCloseable {
    static final long PERIOD_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(LightsWatch.class);

    /** A small write to the local database; throws {@link StoreException} while it cannot be written. */
    @FunctionalInterface
    public interface StoreCheck {
        void write();
    }

    private final LibrarySystem library;
    private final ReceiptPrinter printer;
    private final StatusLights lights;
    private final StoreCheck storeCheck;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lights-watch");
        t.setDaemon(true);
        return t;
    });
    private final ServiceFaults faults;
    private LightPattern shown;
    private LightPattern resting = LightPattern.READY;

    public LightsWatch(LibrarySystem library, ReceiptPrinter printer, StatusLights lights, ServiceFaults faults,
                StoreCheck storeCheck) {
        this.library = library;
        this.printer = printer;
        this.lights = lights;
        this.faults = faults;
        this.storeCheck = storeCheck;
        faults.onChange(this::lookSoon);
    }

    public void start() {
        thread.scheduleWithFixedDelay(this::look, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** One look; the lights change when the verdict differs from the last one. */
    synchronized LightPattern look() {
        if (faults.storeFailing()) {
            try {
                storeCheck.write();
                faults.storeWritten();
            } catch (StoreException e) {
                LOG.debug("The local database still refuses writes: {}", e.getMessage());
            }
        }
        resting = !library.status().online() ? LightPattern.OFFLINE
                : !printer.status().canPrint() ? LightPattern.ATTENTION : LightPattern.READY;
        LightPattern verdict = faults.outOfOrder() ? LightPattern.OUT_OF_ORDER : resting;
        if (verdict != shown) {
            lights.show(verdict);
            shown = verdict;
        }
        return verdict;
    }

    /** The lights as the touchscreen should use them for its cues (see the class comment). */
    public StatusLights cues() {
        return new StatusLights() {
            @Override
            public void show(LightPattern pattern) {
                synchronized (LightsWatch.this) {
                    if (faults.outOfOrder()) {
                        return;
                    }
                    lights.show(pattern == LightPattern.READY ? resting : pattern);
                }
            }

            @Override
            public DeviceHealth health() {
                return lights.health();
            }
        };
    }

    /** Looks again on the watch's own thread, so a caller (the reader watch, a visit) is never held up. */
    private void lookSoon() {
        try {
            thread.execute(this::look);
        } catch (RejectedExecutionException e) {
            LOG.debug("The lights watch is closed; no new look.");
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
