package org.pustaka.kiosk.ui;

import java.time.Clock;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.session.VisitSession;

/**
 * The kiosk window shown at start-up, before circulation, the journal's recovery, the devices and the
 * network are set up: the welcome screen with its choices held and "Menyiapkan kios..." under the
 * greeting. {@link DesktopKiosk.Builder#start()} takes it over when the rest is ready
 * ({@link DesktopKiosk.Builder#opening}); until then it runs on its own controller and worker.
 */
public final class Opening implements AutoCloseable {
    private final JFrame frame;
    private final KioskTheme theme;
    private final KioskController controller;
    private final Work work;
    private volatile long readyMillis;
    private boolean taken;

    private Opening(JFrame frame, KioskTheme theme, KioskController controller, Work work) {
        this.frame = frame;
        this.theme = theme;
        this.controller = controller;
        this.work = work;
    }

    /**
     * Shows the window with the welcome screen preparing. Returns once it is painted, after logging
     * {@code kiosk ready in N ms}. Call from any thread but the event thread.
     */
    static Opening show(KioskConfig config) throws InterruptedException {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("open() waits for the event thread: call it from another thread");
        }
        DesktopKiosk.chooseScale(config);
        Opening[] made = new Opening[1];
        DesktopKiosk.onEventThread(() -> {
            KioskTheme theme = new KioskTheme("contrast".equals(config.ui().theme()), config.ui().largeText());
            theme.install();
            JFrame frame = DesktopKiosk.newFrame(config);
            VisitSession session = new VisitSession(Clock.systemDefaultZone(), config.session().inactivityTimeout(),
                    config.session().warningBefore(), config.kiosk().defaultLanguage());
            KioskController controller = new KioskController(frame, session, theme);
            Work work = new Work();
            controller.start(new KioskContext(config, null, null, work, session, null, Highlights.NONE,
                    Clock.systemDefaultZone(), controller).preparing(true));
            DesktopKiosk.place(frame, config.ui().fullScreen());
            made[0] = new Opening(frame, theme, controller, work);
            frame.setVisible(true);
        });
        made[0].readyMillis = DesktopKiosk.awaitPainted();
        return made[0];
    }

    /** Milliseconds from JVM start to the window showing the welcome screen. */
    public long readyMillis() {
        return readyMillis;
    }

    JFrame window() {
        return frame;
    }

    KioskTheme theme() {
        return theme;
    }

    /** The opening window's own controller (tests: its screen stays the welcome screen). */
    KioskController controller() {
        return controller;
    }

    /** Event thread: hands the window over to the kiosk. */
    void stop() {
        taken = true;
        controller.stop();
        work.close();
    }

    /** Closes the window when the kiosk could not be set up (the caller reports why). */
    @Override
    public void close() {
        DesktopKiosk.onEventThread(() -> {
            if (!taken) {
                stop();
                frame.dispose();
            }
        });
    }
}
