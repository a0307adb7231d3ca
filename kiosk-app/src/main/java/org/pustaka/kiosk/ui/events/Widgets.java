package org.pustaka.kiosk.ui.events;

import java.awt.Dimension;
import java.awt.Font;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/** Touch-sized widgets the event and visit screens share; names make them findable in UI tests. */
public final class Widgets {
    /** The smallest thing a finger must hit, as docs/touchscreen.md promises. */
    public static final int TOUCH = 56;
    /** Body text, the size the touchscreen's other screens use. */
    public static final float BODY = 20f;

    private Widgets() {
    }

    public static JButton button(String name, String text, Runnable action) {
        return button(name, text, TOUCH * 2, action);
    }

    /** A square-ish key-sized button for steppers (minus, plus). */
    public static JButton small(String name, String text, Runnable action) {
        return button(name, text, TOUCH + 8, action);
    }

    private static JButton button(String name, String text, int minWidth, Runnable action) {
        JButton b = new SizedButton(text, minWidth);
        b.setName(name);
        b.setFocusable(false);
        b.addActionListener(e -> action.run());
        return b;
    }

    /**
     * A button at least {@code minWidth} by {@link #TOUCH} pixels that otherwise takes the size of its
     * text as it is now: a style, a theme or large text that makes the text bigger makes the button
     * bigger too, instead of cutting its words short.
     */
    private static final class SizedButton extends JButton {
        private final int minWidth;

        SizedButton(String text, int minWidth) {
            super(text);
            this.minWidth = minWidth;
        }

        @Override
        public Dimension getPreferredSize() {
            Dimension d = super.getPreferredSize();
            return new Dimension(Math.max(d.width, minWidth), Math.max(d.height, TOUCH));
        }

        @Override
        public Dimension getMinimumSize() {
            return getPreferredSize();
        }
    }

    public static JLabel label(String name, String text, float size, boolean bold) {
        JLabel l = new JLabel(text);
        l.setName(name);
        l.setFont(l.getFont().deriveFont(bold ? Font.BOLD : Font.PLAIN, size));
        return l;
    }

    /** A text the visitor reads, wrapped, not editable. */
    public static JTextArea paragraph(String name) {
        JTextArea a = new JTextArea();
        a.setName(name);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        a.setEditable(false);
        a.setFocusable(false);
        a.setOpaque(false);
        a.setFont(a.getFont().deriveFont(BODY));
        a.setCaret(new StillCaret());
        return a;
    }

    /** A field filled by the on-screen keyboard: tapping it makes it the keyboard's target. */
    public static JTextField field(String name, TouchKeyboard keyboard, TouchKeyboard.Mode mode, int max) {
        JTextField f = new JTextField();
        f.setName(name);
        f.setEditable(false);
        f.setFont(f.getFont().deriveFont(BODY));
        f.setPreferredSize(new Dimension(200, TOUCH));
        f.setMinimumSize(new Dimension(120, TOUCH));
        f.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                keyboard.typeInto(f, mode, max);
                f.requestFocusInWindow();
            }
        });
        return f;
    }
}
