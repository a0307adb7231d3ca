package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The themes load from their properties files, keep touch targets large, and differ only where they should. */
@Isolated
class ThemeTest {

    @Test
    void lightThemeKeepsTouchTargetsAtLeast48Pixels() throws Exception {
        onEdt(() -> {
            new KioskTheme(false, false).install();
            assertThat(UIManager.getLookAndFeel()).isInstanceOf(KioskLaf.class);
            assertThat(KioskTheme.size("Kiosk.touchTarget")).isGreaterThanOrEqualTo(48);
            assertThat(KioskTheme.size("Kiosk.keypad.key")).isGreaterThanOrEqualTo(48);
            JButton small = Touch.button("b", "OK", "secondary", () -> { });
            assertThat(small.getPreferredSize().height).isGreaterThanOrEqualTo(48);
            assertThat(small.getPreferredSize().width).isGreaterThanOrEqualTo(48);
        });
    }

    @Test
    void contrastThemeChangesColoursButNotSizes() throws Exception {
        Color[] header = new Color[2];
        int[] target = new int[2];
        int[] title = new int[2];
        onEdt(() -> {
            new KioskTheme(false, false).install();
            header[0] = KioskTheme.color("Kiosk.header.background");
            target[0] = KioskTheme.size("Kiosk.touchTarget");
            title[0] = Touch.text("t", "x", "title").getFont().getSize();
            new KioskTheme(true, false).install();
            header[1] = KioskTheme.color("Kiosk.header.background");
            target[1] = KioskTheme.size("Kiosk.touchTarget");
            title[1] = Touch.text("t", "x", "title").getFont().getSize();
            assertThat(UIManager.getLookAndFeel()).isInstanceOf(KioskContrastLaf.class);
            assertThat(UIManager.getColor("Panel.background")).isEqualTo(Color.BLACK);
            new KioskTheme(false, false).install();
        });
        assertThat(header[1]).isNotEqualTo(header[0]);
        assertThat(target[1]).isEqualTo(target[0]);
        assertThat(title[1]).isEqualTo(title[0]);
    }

    @Test
    void largeTextGrowsEveryTextRoleButTheHeader() throws Exception {
        onEdt(() -> {
            new KioskTheme(false, false).install();
            Font body = Touch.text("b", "x", "body").getFont();
            Font title = Touch.text("t", "x", "title").getFont();
            Font header = Touch.text("h", "x", "headerTitle").getFont();
            int plain = new JLabel("x").getFont().getSize();
            new KioskTheme(false, true).install();
            assertThat(Touch.text("b", "x", "body").getFont().getSize()).isGreaterThan(body.getSize());
            assertThat(Touch.text("t", "x", "title").getFont().getSize()).isGreaterThan(title.getSize());
            assertThat(new JLabel("x").getFont().getSize()).isGreaterThan(plain);
            assertThat(Touch.text("h", "x", "headerTitle").getFont().getSize()).isEqualTo(header.getSize());
            assertThat(body.getSize()).isGreaterThanOrEqualTo(18);
            new KioskTheme(false, false).install();
        });
    }

    private static void onEdt(Runnable r) throws Exception {
        Throwable[] failure = new Throwable[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        if (failure[0] instanceof AssertionError a) {
            throw a;
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }
}
