package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;

/**
 * The bar on top of every screen: the library's name, the language switch (each language named in
 * itself), large text, high contrast, and "cancel" whenever a visit is under way.
 */
final class Header {
    /** The logical width every screen is laid out for. */
    private static final int WIDTH = 1024;

    interface Actions {
        void language(String language);

        void largeText(boolean on);

        void contrast(boolean on);

        void cancel();

        /** The library's name was tapped (five taps in a row open diagnostics). */
        void libraryTapped();
    }

    private Header() {
    }

    static JComponent build(Texts t, KioskTheme theme, boolean visiting, Actions actions) {
        int gap = Touch.gap();
        JPanel bar = new JPanel(new BorderLayout(gap, 0));
        bar.setName("header");
        bar.setBackground(KioskTheme.color("Kiosk.header.background"));
        bar.setBorder(BorderFactory.createEmptyBorder(gap / 2, gap, gap / 2, gap));
        // the header is as tall as a touch target plus its padding, so the buttons are never clipped
        bar.setPreferredSize(new Dimension(0, UIScale.scale(KioskTheme.size("Kiosk.header.height"))
                + (theme.largeText() ? UIScale.scale(8) : 0)));
        JPanel right = Touch.panel(new FlowLayout(FlowLayout.RIGHT, gap / 2, 0));
        right.add(lang(t, "id", actions));
        right.add(lang(t, "en", actions));
        right.add(Touch.toggle("header.largeText", t.get("header.largeText"), theme.largeText(), "header",
                () -> actions.largeText(!theme.largeText())));
        right.add(Touch.toggle("header.contrast", t.get("header.contrast"), theme.contrast(), "header",
                () -> actions.contrast(!theme.contrast())));
        if (visiting) {
            right.add(Touch.button("header.cancel", t.get("header.cancel"), "header", actions::cancel));
        }
        bar.add(right, BorderLayout.EAST);

        // the name takes what the buttons leave and goes on two lines when one is too short, never "..."
        int room = UIScale.scale(WIDTH) - right.getPreferredSize().width - gap * 3;
        JTextArea title = Touch.para("header.library", t.get("app.library"), "headerTitle", UIScale.unscale(room),
                KioskTheme.color("Kiosk.header.foreground"));
        title.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                actions.libraryTapped();
            }
        });
        JPanel middle = Touch.panel(new GridBagLayout());
        middle.add(title);
        bar.add(middle, BorderLayout.WEST);
        return bar;
    }

    private static JToggleButton lang(Texts t, String language, Actions actions) {
        return Touch.toggle("header.lang." + language, t.get("lang." + language), t.language().equals(language),
                "header", () -> actions.language(language));
    }
}
