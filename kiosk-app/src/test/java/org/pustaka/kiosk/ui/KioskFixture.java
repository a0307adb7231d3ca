package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.pustaka.hardware.sim.RecordingBuzzer;
import org.pustaka.hardware.sim.RecordingStatusLights;
import org.pustaka.kiosk.compose.BookingDesks;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.events.EventDesk;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.testing.MutableClock;

/**
 * A running kiosk window on the test display, over {@link FakeDesk}, at 1024x600 and scale 1, with the
 * event-thread watchdog on from the moment the welcome screen is up. Driven by robot clicks only.
 */
final class KioskFixture implements AutoCloseable {

    final FakeDesk desk = new FakeDesk();
    final RecordingStatusLights lights = new RecordingStatusLights();
    final RecordingBuzzer buzzer = new RecordingBuzzer();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    final DesktopKiosk kiosk;
    final Robot robot;
    final FrameFixture window;
    final EdtWatchdog watchdog = new EdtWatchdog();
    final String language;
    /** The event and visit desks over H2, or null when the kiosk offers neither. */
    final BookingDesks bookings;
    private final Database database;

    private KioskFixture(String language, Map<String, String> settings, boolean devicesWindow,
                         UnaryOperator<EventDesk> events) throws Exception {
        this(language, settings, devicesWindow, events, UnaryOperator.identity());
    }

    private KioskFixture(String language, Map<String, String> settings, boolean devicesWindow,
                         UnaryOperator<EventDesk> events, UnaryOperator<DesktopKiosk.Builder> extra) throws Exception {
        this.language = language;
        System.setProperty("flatlaf.uiScale", "1");
        Path dir = Files.createTempDirectory("kiosk-ui");
        KioskConfig config = KioskConfig.demo(dir, settings);
        DesktopKiosk.Builder b = DesktopKiosk.builder(config, desk,
                        new KioskDevices(desk.printer, lights, buzzer, desk.scanner))
                .clock(clock)
                .highlights(() -> List.of(new Highlight(Highlight.Kind.EVENT, "Literasi Digital", FakeDesk.TODAY.plusDays(14)),
                        new Highlight(Highlight.Kind.NEW_BOOK, "Laskar Pelangi", null)));
        if (devicesWindow) {
            b.simulatedDevices(desk);
        }
        database = events != null ? Database.open(dir.resolve("db")) : null;
        bookings = events != null ? BookingDesks.forDemo(config, database, clock, null) : null;
        if (bookings != null) {
            b.bookings(events.apply(bookings.events()), bookings.visits());
        }
        kiosk = extra.apply(b).start();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
        window = new FrameFixture(robot, kiosk.window());
        kiosk.awaitWarm();
        if (devicesWindow) {
            await("devices window", () -> java.util.Arrays.stream(java.awt.Frame.getFrames())
                    .anyMatch(f -> "devicesWindow".equals(f.getName()) && f.isShowing()));
        }
        watchdog.install();
        chooseLanguage();
    }

    /** Picks the test's language on the welcome screen; every visit starts in the kiosk's default. */
    void chooseLanguage() {
        if (!language.equals("id")) {
            click("header.lang." + language);
            awaitText("welcome.title", texts().get("welcome.title"));
        }
    }

    static KioskFixture start(String language) throws Exception {
        return new KioskFixture(language, Map.of(), false, null);
    }

    /** The kiosk with events and school visits over the local desks and the demo programme. */
    static KioskFixture startWithBookings(String language) throws Exception {
        return new KioskFixture(language, Map.of(), false, UnaryOperator.identity());
    }

    /** As {@link #startWithBookings(String)}, with the event desk the kiosk sees made by {@code events}. */
    static KioskFixture startWithBookings(String language, UnaryOperator<EventDesk> events) throws Exception {
        return new KioskFixture(language, Map.of(), false, events);
    }

    /** The kiosk with diagnostics behind {@code access} and {@code tools}. */
    static KioskFixture startWithTechnician(String language, TechnicianAccess access, TechnicianTools tools)
            throws Exception {
        return new KioskFixture(language, Map.of(), false, null, b -> b.technician(access, tools));
    }

    /** The plain kiosk with something more set on its builder. */
    static KioskFixture startWith(String language, UnaryOperator<DesktopKiosk.Builder> extra) throws Exception {
        return new KioskFixture(language, Map.of(), false, null, extra);
    }

    static KioskFixture start(String language, Map<String, String> environment, boolean devicesWindow) throws Exception {
        return new KioskFixture(language, environment, devicesWindow, null);
    }

    Texts texts() {
        return Texts.of(language);
    }

    void click(String name) {
        AbstractButton b = (AbstractButton) robot.finder().find(kiosk.window(), c -> name.equals(c.getName())
                && c instanceof AbstractButton && c.isShowing());
        robot.click(b);
    }

    /** Taps a text field, which makes it the on-screen keyboard's target. */
    void tap(String name) {
        robot.click(robot.finder().find(kiosk.window(), c -> name.equals(c.getName()) && c.isShowing()));
    }

    /** Types on the event and visit screens' keyboard, one tap per character. */
    void typeText(String text) {
        for (char c : text.toCharArray()) {
            click(c == ' ' ? "key-space" : "key-" + Character.toUpperCase(c));
        }
    }

    void type(String digits) {
        for (char c : digits.toCharArray()) {
            click("key." + c);
        }
    }

    void awaitScreen(String id) {
        await("screen " + id, () -> id.equals(GuiActionRunner.execute(() -> kiosk.controller().screenId())));
    }

    void await(String what, Supplier<Boolean> condition) {
        try {
            Pause.pause(new Condition(what) {
                @Override
                public boolean test() {
                    return condition.get();
                }
            }, Timeout.timeout(10_000));
        } catch (RuntimeException e) {
            throw new AssertionError("Timed out waiting for " + what + "; the screen shows:\n" + allText(), e);
        }
    }

    /** The plain text of a showing label, or "" when there is none by that name. */
    String text(String name) {
        return GuiActionRunner.execute(() -> {
            Component c = find(kiosk.window().getRootPane(), name);
            if (c instanceof JTextComponent tc) {
                return tc.getText();
            }
            return c instanceof JLabel l ? plain(l.getText()) : "";
        });
    }

    void awaitText(String name, String expected) {
        await(name + " = " + expected, () -> text(name).equals(expected));
    }

    /** Every text on the window, for checks that something is (or is not) shown anywhere. */
    String allText() {
        return GuiActionRunner.execute(() -> {
            List<String> out = new ArrayList<>();
            collect(kiosk.window().getRootPane(), out);
            return String.join("\n", out);
        });
    }

    /** Saves the window as {screen}-{language}.png ({@link Screenshots}) once it is painted. */
    void shoot(String screen) {
        robot.waitForIdle();
        BufferedImage image = GuiActionRunner.execute(() -> {
            var root = kiosk.window().getRootPane();
            BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            root.paint(g);
            g.dispose();
            return img;
        });
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(600);
        try {
            Screenshots.save(image, screen + "-" + language + ".png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void advance(Duration d) {
        clock.advance(d);
    }

    @Override
    public void close() {
        try {
            watchdog.uninstall();
        } finally {
            window.cleanUp();
            kiosk.close();
            if (database != null) {
                database.close();
            }
        }
    }

    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && c.isShowing()) {
                return c;
            }
            if (c instanceof Container k) {
                Component found = find(k, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collect(Container root, List<String> out) {
        for (Component c : root.getComponents()) {
            if (!c.isShowing()) {
                continue;
            }
            if (c instanceof JTextComponent tc) {
                out.add(tc.getText());
            } else if (c instanceof JLabel l && l.getText() != null) {
                out.add(plain(l.getText()));
            } else if (c instanceof AbstractButton b && b.getText() != null) {
                out.add(b.getText());
            }
            if (c instanceof Container k) {
                collect(k, out);
            }
        }
    }

    private static String plain(String labelText) {
        return labelText == null ? "" : labelText.replaceAll("<[^>]*>", "");
    }
}
