package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.function.IntConsumer;
import javax.swing.JButton;
import javax.swing.JPanel;

/**
 * The on-screen number keypad: digits like a telephone (1 2 3 on top), delete on the bottom left and
 * the confirm key on the bottom right. Keys are at least {@code Kiosk.keypad.key} square.
 */
final class Keypad {
    private Keypad() {
    }

    static JPanel build(Texts t, String confirmKey, IntConsumer digit, Runnable delete, Runnable confirm) {
        int gap = Touch.gap() / 2;
        JPanel p = Touch.panel(new GridLayout(4, 3, gap, gap));
        int key = UIScale.scale(KioskTheme.size("Kiosk.keypad.key"));
        for (int d : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}) {
            p.add(digitKey(d, digit, key));
        }
        p.add(sized(Touch.button("key.delete", t.get("keypad.delete"), "secondary", delete), key));
        p.add(digitKey(0, digit, key));
        p.add(sized(Touch.button("key.confirm", t.get(confirmKey), "primary", confirm), key));
        return p;
    }

    private static JButton digitKey(int d, IntConsumer digit, int key) {
        return sized(Touch.button("key." + d, Integer.toString(d), "keypad", () -> digit.accept(d)), key);
    }

    private static JButton sized(JButton b, int key) {
        Dimension pref = b.getPreferredSize();
        b.setPreferredSize(new Dimension(Math.max(key * 2, pref.width), Math.max(key, pref.height)));
        return b;
    }
}
