package org.pustaka.kiosk.ui.events;

import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.pustaka.kiosk.ui.Screenshots;
import org.pustaka.kiosk.ui.Texts;

/** What the event and school-visit UI tests share: a 1024x600 window, typing by touch, waiting, screenshots. */
public final class BookingScreens {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    public static final Dimension SCREEN = new Dimension(1024, 600);

    private BookingScreens() {
    }

    public static Texts texts(String language) {
        return Texts.of(language);
    }

    public static JFrame frame(JComponent screen) {
        return GuiActionRunner.execute(() -> {
            com.formdev.flatlaf.FlatLightLaf.setup();
            javax.swing.SwingUtilities.updateComponentTreeUI(screen);
            JFrame f = new JFrame("Pustaka Kiosk");
            f.setUndecorated(true);
            f.setContentPane(screen);
            f.setSize(SCREEN);
            return f;
        });
    }

    /** Types {@code text} by clicking the on-screen keyboard's keys, one tap per character. */
    public static void type(FrameFixture window, String text) {
        for (char c : text.toCharArray()) {
            String key = c == ' ' ? "key-space" : "key-" + Character.toUpperCase(c);
            window.button(key).click();
        }
    }

    /** Waits (off the event thread) until the text component {@code name} contains {@code part}. */
    public static void waitForText(FrameFixture window, String name, String part) {
        await().atMost(Duration.ofSeconds(15)).until(() -> GuiActionRunner.execute(() -> text(window, name))
                .toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)));
    }

    /** Waits until a showing component named {@code name} exists (a list has loaded, a card is shown). */
    public static void waitForComponent(FrameFixture window, String name) {
        await().atMost(Duration.ofSeconds(15)).until(() -> showing(window, name) > 0);
    }

    /** How many components named {@code name} are showing. */
    public static int showing(FrameFixture window, String name) {
        return GuiActionRunner.execute(() -> window.robot().finder().findAll(window.target(),
                new GenericTypeMatcher<>(Component.class, true) {
                    @Override
                    protected boolean isMatching(Component c) {
                        return name.equals(c.getName());
                    }
                }).size());
    }

    public static String text(FrameFixture window, String name) {
        Component c = window.robot().finder().find(window.target(), new GenericTypeMatcher<>(Component.class, true) {
            @Override
            protected boolean isMatching(Component comp) {
                return name.equals(comp.getName());
            }
        });
        if (c instanceof JTextComponent t) {
            return t.getText();
        }
        return c instanceof javax.swing.JLabel l ? l.getText() : c.toString();
    }

    /** Paints the window's content into {@code <file>} ({@link Screenshots}) at the kiosk's 1024x600. */
    public static void screenshot(FrameFixture window, String file) throws IOException {
        BufferedImage image = GuiActionRunner.execute(() -> {
            Component c = ((JFrame) window.target()).getContentPane();
            BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            c.printAll(g);
            g.dispose();
            return img;
        });
        Screenshots.save(image, file);
    }
}
