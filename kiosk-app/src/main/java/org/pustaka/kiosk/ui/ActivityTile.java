package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import org.pustaka.kiosk.session.Activity;

/**
 * The look of a big choice: the activity's name large, a short hint under it, on the activity's own
 * colour. The name and hint are the button's children; taps on them reach the button.
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
        b.setText(null);
        b.getAccessibleContext().setAccessibleName(t.get("activity." + a.name()));
        return b;
    }
}
