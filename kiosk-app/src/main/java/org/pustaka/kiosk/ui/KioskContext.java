package org.pustaka.kiosk.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.kiosk.circulation.CirculationDesk;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.session.SessionEvent;
import org.pustaka.kiosk.session.VisitSession;

/**
 * What a screen may use: the session to forward taps to, circulation and devices (through
 * {@link Work}, never on the event thread), the current visit and language. Event thread only.
 */
final class KioskContext {
    private final KioskConfig config;
    private final CirculationDesk desk;
    private final KioskDevices devices;
    private final Work work;
    private final VisitSession session;
    private final ReceiptComposer receipts;
    private final Highlights highlights;
    private final Clock clock;
    private final KioskController controller;
    private Bookings bookings;
    private ServiceNotice notice = ServiceNotice.NONE;
    private boolean preparing;

    KioskContext(KioskConfig config, CirculationDesk desk, KioskDevices devices, Work work, VisitSession session,
                 ReceiptComposer receipts, Highlights highlights, Clock clock, KioskController controller) {
        this.config = config;
        this.desk = desk;
        this.devices = devices;
        this.work = work;
        this.session = session;
        this.receipts = receipts;
        this.highlights = highlights;
        this.clock = clock;
        this.controller = controller;
    }

    KioskConfig config() {
        return config;
    }

    CirculationDesk desk() {
        return desk;
    }

    KioskDevices devices() {
        return devices;
    }

    Work work() {
        return work;
    }

    VisitSession session() {
        return session;
    }

    /** The event and visit desks, or null when this kiosk offers neither (the screens say "not yet"). */
    Bookings bookings() {
        return bookings;
    }

    KioskContext bookings(Bookings value) {
        bookings = value;
        return this;
    }

    /** Whether the kiosk can serve visitors at all. */
    ServiceNotice notice() {
        return notice;
    }

    KioskContext notice(ServiceNotice value) {
        notice = value;
        return this;
    }

    /**
     * Whether this is the window's opening context, shown while circulation, the journal's recovery and
     * the devices are still being set up: no desk, no devices, and the welcome screen's choices held.
     */
    boolean preparing() {
        return preparing;
    }

    KioskContext preparing(boolean value) {
        preparing = value;
        return this;
    }

    ReceiptComposer receipts() {
        return receipts;
    }

    Highlights highlights() {
        return highlights;
    }

    Visit visit() {
        return controller.visit();
    }

    Texts texts() {
        return controller.texts();
    }

    List<PadItem> pad() {
        return controller.pad();
    }

    /** Items a previous visitor left on the pad that nobody has lifted since; never acted on unasked. */
    java.util.Set<String> leftOnPad() {
        return controller.leftOnPad();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(config.kiosk().zone()));
    }

    /** Forwards a tap or a result to the session, which decides what comes next. */
    void fire(SessionEvent event) {
        session.handle(event);
    }

    void refresh(Screen screen) {
        controller.refresh(screen);
    }

    /** Sound and light together: the buzzer and lights return at once, so this is safe here. */
    void cue(BuzzerCue sound, LightPattern light) {
        if (devices == null) {
            return;
        }
        if (sound != null) {
            devices.buzzer().play(sound);
        }
        if (light != null) {
            devices.lights().show(light);
        }
    }
}
