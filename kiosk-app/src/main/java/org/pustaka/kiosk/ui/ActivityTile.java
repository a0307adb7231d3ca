package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import org.pustaka.kiosk.session.Activity;

/**
 * The look of a big choice: the activity's name large, a short hint under it, on the activity's own
 * colour. The name and hint are the button's children; taps on them reach the button. A name too wide
 * for its tile ("Kunjungan Sekolah" at 1024x600, or any name in large text) is set on two lines, broken
 * at the space that makes the longer line shortest, rather than cut off with an ellipsis; so is the hint.
 */
final class ActivityTile {
    private ActivityTile() {
    }

    static JButton dress(JButton b, Texts t, Activity a) {
        Color fg = KioskTheme.color("Kiosk.tile.foreground");
        b.setBackground(KioskTheme.color("Kiosk.tile." + a.name()));
        b.setLayout(new BorderLayout());
        JLabel name = Touch.text(b.getName() + ".label", t.get("activity." + a.name()), "tileName", fg);
        name.setHorizontalAlignment(SwingConstants.CENTER);
        JLabel hint = Touch.text(b.getName() + ".hint", t.get("activity." + a.name() + ".hint"), "body", fg);
        hint.setHorizontalAlignment(SwingConstants.CENTER);
        b.add(name, BorderLayout.CENTER);
        b.add(hint, BorderLayout.SOUTH);
        String full = t.get("activity." + a.name());
        String fullHint = t.get("activity." + a.name() + ".hint");
        b.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                Insets in = b.getInsets();
                int room = b.getWidth() - in.left - in.right;
                name.setText(fit(full, room, name.getFontMetrics(name.getFont())));
                hint.setText(fit(fullHint, room, hint.getFontMetrics(hint.getFont())));
            }
        });
        b.setText(null);
        b.getAccessibleContext().setAccessibleName(t.get("activity." + a.name()));
        return b;
    }

    /** Keeps a button's own text whole as it is resized: on one line, or on two when one is too narrow. */
    static void wrapOnResize(javax.swing.AbstractButton b, String full) {
        b.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                Insets in = b.getInsets();
                b.setText(fit(full, b.getWidth() - in.left - in.right, b.getFontMetrics(b.getFont())));
            }
        });
    }

    /** The name as it fits in {@code room} pixels: itself, or on two lines as centred HTML. */
    static String fit(String text, int room, FontMetrics fm) {
        if (room <= 0 || fm.stringWidth(text) <= room || text.indexOf(' ') < 0) {
            return text;
        }
        int best = -1;
        int bestWidth = Integer.MAX_VALUE;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            int width = Math.max(fm.stringWidth(text.substring(0, i)), fm.stringWidth(text.substring(i + 1)));
            if (width < bestWidth) {
                best = i;
                bestWidth = width;
            }
        }
        return "<html><center>" + escape(text.substring(0, best)) + "<br>" + escape(text.substring(best + 1))
                + "</center></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
