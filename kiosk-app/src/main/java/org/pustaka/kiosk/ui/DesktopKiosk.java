package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.pustaka.kiosk.Main;
import org.pustaka.kiosk.circulation.CirculationDesk;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.events.EventDesk;
import org.pustaka.kiosk.receipt.BookingReceipts;
import org.pustaka.kiosk.receipt.ReceiptHeader;
import org.pustaka.kiosk.receipt.ReceiptTemplates;
import org.pustaka.kiosk.session.SessionListener;
import org.pustaka.kiosk.session.VisitSession;
import org.pustaka.kiosk.visits.VisitDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The touchscreen kiosk on a desktop: builds the window, the session and the screens, and for the demo
 * the "simulated devices" window. {@code kiosk demo} and {@code kiosk run} call
 * {@link #builder(KioskConfig, CirculationDesk, KioskDevices)}, add what they have, and
 * {@link Builder#start()}; start returns once the welcome screen is showing and takes touches, after
 * logging {@code kiosk ready in N ms} (from JVM start). Needs a display.
 */
public final class DesktopKiosk implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DesktopKiosk.class);

    private final JFrame frame;
    private final KioskController controller;
    private final VisitSession session;
    private final Work work;
    private final DevicesWindow devicesWindow;
    private final DiagnosticsWindow diagnostics;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile long readyMillis;
    private WarmUp warmUp;

    private DesktopKiosk(Builder b) {
        work = new Work();
        session = new VisitSession(b.clock, b.config.session().inactivityTimeout(), b.config.session().warningBefore(),
                b.config.kiosk().defaultLanguage());
        KioskTheme theme;
        if (b.opening != null) {
            // the window already shows the welcome screen with its choices held: take it over
            b.opening.stop();
            theme = b.opening.theme();
            frame = b.opening.window();
            // a look chosen on the opening screen is not the kiosk's default for every visitor after
            boolean contrast = "contrast".equals(b.config.ui().theme());
            if (theme.contrast() != contrast || theme.largeText() != b.config.ui().largeText()) {
                theme.reset(contrast, b.config.ui().largeText());
            }
        } else {
            theme = new KioskTheme("contrast".equals(b.config.ui().theme()), b.config.ui().largeText());
            theme.install();
            frame = newFrame(b.config);
        }
        controller = new KioskController(frame, session, theme);
        // in the demo, what the lights, buzzer and printer do also shows in the simulated devices window
        DeviceEcho echo = b.simulated == null ? null : new DeviceEcho();
        KioskDevices devices = echo == null ? b.devices : echo.wrap(b.devices);
        controller.start(new KioskContext(b.config, b.desk, devices, work, session, b.receipts, b.highlights, b.clock,
                controller).bookings(b.bookings()).notice(b.notice));
        b.notice.onChange(() -> SwingUtilities.invokeLater(controller::noticeChanged));
        if (b.opening == null) {
            place(frame, b.config.ui().fullScreen());
        } else {
            frame.revalidate();
            frame.repaint();
        }
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closed.countDown();
            }
        });
        diagnostics = b.access == null ? null
                : new DiagnosticsWindow(frame, b.access, b.tools, work, b.config.kiosk().zone());
        devicesWindow = b.simulated == null ? null
                : new DevicesWindow(b.simulated, work, Texts.of(b.config.kiosk().defaultLanguage()), frame, echo);
        if (diagnostics != null) {
            controller.onSecretGesture(() -> {
                diagnostics.open(session.language());
                if (devicesWindow != null) {
                    devicesWindow.keepInFront();
                }
            });
            controller.holdCardsWhile(diagnostics::isOpen);
        }
    }

    static JFrame newFrame(KioskConfig config) {
        JFrame frame = new JFrame(Texts.of(config.kiosk().defaultLanguage()).get("app.library"));
        frame.setName("kioskWindow");
        return frame;
    }

    /**
     * Shows the kiosk window at once, before circulation, the journal's recovery, the devices and the
     * network are set up; hand it to {@link Builder#opening} so that {@link Builder#start()} takes it over
     * when the rest is ready. See {@link Opening#show}.
     */
    public static Opening open(KioskConfig config) throws InterruptedException {
        return Opening.show(config);
    }

    /** Waits until the events queued so far, the window's first paint among them, have run; answers the ready time. */
    static long awaitPainted() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        long[] millis = new long[1];
        // queued behind the window's first paint: once this runs, the welcome screen is up
        SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(() -> {
            millis[0] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - Main.STARTED_NANOS);
            log.info("kiosk ready in {} ms", millis[0]);
            ready.countDown();
        }));
        ready.await();
        return millis[0];
    }

    static void chooseScale(KioskConfig config) {
        if (System.getProperty("flatlaf.uiScale") == null) {
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            KioskTheme.scale(ScreenScale.choose(config.ui().scale(), screen.width, screen.height));
        }
    }

    public static Builder builder(KioskConfig config, CirculationDesk desk, KioskDevices devices) {
        return new Builder(config, desk, devices);
    }

    /** The session, for listeners such as the one that ends the library session when a visit ends. */
    public void addSessionListener(SessionListener listener) {
        session.addListener(listener);
    }

    /** Milliseconds from JVM start to the welcome screen showing and interactive. */
    public long readyMillis() {
        return readyMillis;
    }

    /** Blocks until the kiosk window is closed (the demo's window close button). */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Waits until every screen has been built once (tests start measuring the event thread after it). */
    void awaitWarm() throws InterruptedException {
        warmUp.await();
    }

    JFrame window() {
        return frame;
    }

    KioskController controller() {
        return controller;
    }

    VisitSession session() {
        return session;
    }

    /** The technician's window, or null without {@link Builder#technician}. */
    DiagnosticsWindow diagnostics() {
        return diagnostics;
    }

    @Override
    public void close() {
        onEventThread(() -> {
            controller.stop();
            if (diagnostics != null) {
                diagnostics.close();
            }
            if (devicesWindow != null) {
                devicesWindow.dispose();
            }
            frame.dispose();
        });
        work.close();
        closed.countDown();
    }

    static void place(JFrame frame, boolean fullScreen) {
        if (fullScreen) {
            frame.setUndecorated(true);
            frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds();
            frame.setBounds(screen);
        } else {
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.getContentPane().setPreferredSize(new Dimension(UIScale.scale(ScreenScale.DESIGN_WIDTH),
                    UIScale.scale(ScreenScale.DESIGN_HEIGHT)));
            frame.pack();
            frame.setLocation(0, 0);
        }
    }

    static void onEventThread(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The kiosk window failed: " + e.getCause(), e.getCause());
        }
    }

    /** What the kiosk is built from; everything but the config, circulation and devices is optional. */
    public static final class Builder {
        private final KioskConfig config;
        private final CirculationDesk desk;
        private final KioskDevices devices;
        private Highlights highlights = Highlights.NONE;
        private SimulatedDevices simulated;
        private ReceiptComposer receipts;
        private Clock clock = Clock.systemDefaultZone();
        private EventDesk events;
        private VisitDesk visits;
        private TechnicianAccess access;
        private TechnicianTools tools;
        private ServiceNotice notice = ServiceNotice.NONE;
        private Opening opening;

        private Builder(KioskConfig config, CirculationDesk desk, KioskDevices devices) {
            this.config = Objects.requireNonNull(config, "config");
            this.desk = Objects.requireNonNull(desk, "desk");
            this.devices = Objects.requireNonNull(devices, "devices");
            this.receipts = new BasicReceiptComposer(config.kiosk().libraryName());
        }

        public Builder highlights(Highlights value) {
            highlights = Objects.requireNonNull(value, "highlights");
            return this;
        }

        /** Opens the "simulated devices" window beside the kiosk (demo only). */
        public Builder simulatedDevices(SimulatedDevices value) {
            simulated = value;
            return this;
        }

        /** Tells the welcome screen when the kiosk is out of order (reader or local database failed). */
        public Builder serviceNotice(ServiceNotice value) {
            notice = Objects.requireNonNull(value, "notice");
            return this;
        }

        /** Takes over the window {@link DesktopKiosk#open} showed, instead of opening one. */
        public Builder opening(Opening value) {
            opening = Objects.requireNonNull(value, "opening");
            return this;
        }

        public Builder receipts(ReceiptComposer value) {
            receipts = Objects.requireNonNull(value, "receipts");
            return this;
        }

        /** The clock of the session's timeouts (tests move it by hand). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Offers events and school visits over these desks; without this call their tiles lead to a
         * screen saying the service is not available yet. Tickets and slips are printed with the
         * kiosk's receipt header and the builder's clock.
         */
        public Builder bookings(EventDesk events, VisitDesk visits) {
            this.events = Objects.requireNonNull(events, "events");
            this.visits = Objects.requireNonNull(visits, "visits");
            return this;
        }

        /**
         * Lets a technician open diagnostics: five taps within three seconds on the library's name on
         * the welcome screen, then the PIN checked by {@code access}. Without this call the gesture does
         * nothing.
         */
        public Builder technician(TechnicianAccess access, TechnicianTools tools) {
            this.access = Objects.requireNonNull(access, "access");
            this.tools = Objects.requireNonNull(tools, "tools");
            return this;
        }

        private Bookings bookings() {
            if (events == null) {
                return null;
            }
            var kiosk = config.kiosk();
            ReceiptHeader header = new ReceiptHeader(kiosk.libraryName(), kiosk.libraryAddress(), kiosk.id(), kiosk.zone());
            return new Bookings(events, visits, new BookingReceipts(new ReceiptTemplates(header), clock));
        }

        /**
         * Opens the windows and returns once the welcome screen is interactive. Call from any thread but
         * the event thread (it waits for the event thread to show the window).
         */
        public DesktopKiosk start() throws InterruptedException {
            if (SwingUtilities.isEventDispatchThread()) {
                throw new IllegalStateException("start() waits for the event thread: call it from another thread");
            }
            if (opening == null) {
                chooseScale(config);
            }
            DesktopKiosk[] made = new DesktopKiosk[1];
            onEventThread(() -> made[0] = new DesktopKiosk(this));
            DesktopKiosk kiosk = made[0];
            if (opening == null) {
                onEventThread(() -> kiosk.frame.setVisible(true));
                kiosk.readyMillis = awaitPainted();
            } else {
                // the window showed earlier; now its choices take touches
                kiosk.readyMillis = opening.readyMillis();
                CountDownLatch taken = new CountDownLatch(1);
                SwingUtilities.invokeLater(taken::countDown);
                taken.await();
                log.info("kiosk takes visitors {} ms after start (window shown at {} ms)",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - Main.STARTED_NANOS), opening.readyMillis());
            }
            onEventThread(() -> {
                kiosk.warmUp = new WarmUp(kiosk.controller.allScreens());
                kiosk.warmUp.start();
            });
            if (kiosk.devicesWindow != null) {
                kiosk.devicesWindow.open();
            }
            return kiosk;
        }
    }
}
