package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.sim.RecordingBuzzer;
import org.pustaka.hardware.sim.RecordingStatusLights;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.session.SessionState;
import org.pustaka.kiosk.ui.cards.KeyboardWedge;

/**
 * The keyboard-wedge scanner on the real X display: xdotool types through the X server's test extension,
 * like a USB scanner or a person at a keyboard. 5 ms between keys plus Enter is a scan and starts a visit
 * (and never lands in a focused text field); 300 ms between keys is typing: no visit, and the digits land
 * in the focused field. A missing xdotool is a failure with a sentence: {@code ./kiosk test} installs it.
 */
class KeyboardWedgeXdotoolTest {
    private final FakeDesk desk = new FakeDesk();
    private DesktopKiosk kiosk;
    private JFrame form;

    private void startKiosk() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/xdotool"))) {
            throw new AssertionError("xdotool is needed: install it with 'apt-get install xdotool' or run ./kiosk test.");
        }
        System.setProperty("flatlaf.uiScale", "1");
        KioskConfig config = KioskConfig.demo(Files.createTempDirectory("kiosk-wedge"), Map.of());
        kiosk = DesktopKiosk.builder(config, desk, new KioskDevices(desk.printer, new RecordingStatusLights(),
                new RecordingBuzzer(), new KeyboardWedge(50, 4))).start();
        focusOn(kiosk.window());
    }

    private static void focusOn(JFrame frame) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            frame.toFront();
            frame.requestFocus();
        });
        Point at = onEdt(frame::getLocationOnScreen);
        xdotool("mousemove", "--sync", Integer.toString(at.x + 40), Integer.toString(at.y + 40));
        xdotool("click", "1");
        await().atMost(10, TimeUnit.SECONDS).until(() -> onEdt(frame::isFocused));
        // the X server's focus settles after Java reports it: give it a moment before typing
        await().pollDelay(Duration.ofMillis(500)).atMost(5, TimeUnit.SECONDS).until(() -> true);
    }

    private static void xdotool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/xdotool"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("xdotool finished").isTrue();
        assertThat(p.exitValue()).as("xdotool " + String.join(" ", args)).isZero();
    }

    private static void typeAt(int delayMillis, String text, boolean enter) throws Exception {
        // one xdotool run, so Enter follows the last digit after the same delay ("\n" is typed as Return)
        xdotool("type", "--delay", Integer.toString(delayMillis), enter ? text + "\n" : text);
    }

    private SessionState state() throws Exception {
        AtomicReference<SessionState> s = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> s.set(kiosk.session().state()));
        return s.get();
    }

    private static <T> T onEdt(java.util.function.Supplier<T> read) throws Exception {
        AtomicReference<T> value = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> value.set(read.get()));
        return value.get();
    }

    @AfterEach
    void close() throws Exception {
        if (form != null) {
            SwingUtilities.invokeAndWait(form::dispose);
        }
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void scannerSpeedOnTheWelcomeScreenStartsAVisit() throws Exception {
        startKiosk();
        typeAt(5, "31000777", true);
        await().atMost(10, TimeUnit.SECONDS).until(() -> state() == SessionState.IDENTIFYING);
        assertThat(kiosk.controller().screenId()).isEqualTo("identify");
    }

    @Test
    void humanSpeedStartsNoVisitAndLandsInTheFocusedField() throws Exception {
        startKiosk();
        typeAt(300, "1234", true);
        await().pollDelay(Duration.ofMillis(500)).atMost(5, TimeUnit.SECONDS).until(() -> true);
        assertThat(state()).isEqualTo(SessionState.IDLE);

        AtomicReference<JTextField> made = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> made.set(new JTextField(20)));
        JTextField field = made.get();
        SwingUtilities.invokeAndWait(() -> {
            form = new JFrame("form");
            form.add(field);
            form.setBounds(300, 300, 300, 80);
            form.setVisible(true);
        });
        focusOn(form);
        SwingUtilities.invokeAndWait(field::requestFocusInWindow);
        await().atMost(10, TimeUnit.SECONDS).until(() -> onEdt(field::isFocusOwner));
        typeAt(300, "4321", false);
        await().atMost(10, TimeUnit.SECONDS).until(() -> onEdt(() -> "4321".equals(field.getText())));
        typeAt(5, "31000777", true);
        await().atMost(10, TimeUnit.SECONDS).until(() -> state() == SessionState.IDENTIFYING);
        assertThat(KeyboardWedgeXdotoolTest.<String>onEdt(field::getText)).as("a scan never lands in the focused field").isEqualTo("4321");
    }
}
