package org.pustaka.kiosk;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.StatusLights;
import org.pustaka.kiosk.library.LibrarySystem;

/**
 * Tells staff across the room what the kiosk cannot see for itself on screen: every 15 seconds it asks
 * the library system and the printer, and shows OFFLINE while the library is unreachable and ATTENTION
 * while the printer cannot print. It changes the lights only when its own verdict changes, so the cues
 * the touchscreen gives during a visit are not overwritten every time it looks.
 */
final class LightsWatch implements AutoCloseable {
    static final long PERIOD_SECONDS = 15;

    private final LibrarySystem library;
    private final ReceiptPrinter printer;
    private final StatusLights lights;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lights-watch");
        t.setDaemon(true);
        return t;
    });
    private LightPattern shown;

    LightsWatch(LibrarySystem library, ReceiptPrinter printer, StatusLights lights) {
        this.library = library;
        this.printer = printer;
        this.lights = lights;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::look, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** One look; the lights change when the verdict differs from the last one. */
    synchronized LightPattern look() {
        LightPattern verdict = !library.status().online() ? LightPattern.OFFLINE
                : !printer.status().canPrint() ? LightPattern.ATTENTION : LightPattern.READY;
        if (verdict != shown) {
            lights.show(verdict);
            shown = verdict;
        }
        return verdict;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
