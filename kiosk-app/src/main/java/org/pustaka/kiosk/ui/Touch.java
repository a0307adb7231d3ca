package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.border.Border;

/**
 * Builds the touchscreen's components the same way everywhere: text roles by FlatLaf style class,
 * nothing a finger must hit smaller than {@code Kiosk.touchTarget}, no keyboard focus (there is no
 * keyboard), and a stable component name for each control so tests and logs can find it. The booking
 * screens (events, school visits) use its form widgets ({@link #button(String, String, Runnable)},
 * {@link #label}, {@link #paragraph}, {@link #field}), sized in pixels against {@link #TOUCH}.
 */
public final class Touch {
    /** The smallest thing a finger must hit on the booking forms, as docs/touchscreen.md promises. */
    public static final int TOUCH = 56;
    /** Body text of the booking forms, the size the touchscreen's other screens use. */
    public static final float BODY = 20f;

    private Touch() {
    }

    /** A one-line label in a text role ({@code title}, {@code subtitle}, {@code body}, ...). */
    static JLabel text(String name, String text, String role) {
        JLabel l = new JLabel(text);
        l.setName(name);
        l.putClientProperty(FlatClientProperties.STYLE_CLASS, role);
        return l;
    }

    static JLabel text(String name, String text, String role, Color color) {
        JLabel l = text(name, text, role);
        l.setForeground(color);
        return l;
    }

    /**
     * A paragraph that wraps at word boundaries within {@code width} pixels (at scale 1). A read-only
     * text area rather than an HTML label: it wraps and reports its true height at a fraction of
     * HTML's layout cost, which matters on a small board.
     */
    static JTextArea para(String name, String text, String role, int width) {
        JTextArea a = new JTextArea(text);
        a.setName(name);
        a.putClientProperty(FlatClientProperties.STYLE_CLASS, role);
        a.setEditable(false);
        a.setFocusable(false);
        a.setHighlighter(null);
        // no drag and drop: registering a drop target costs a round trip to the X server per text
        a.setTransferHandler(null);
        a.setDropTarget(null);
        a.setOpaque(false);
        // a text area's caret ends at the end of its text and scrolls it into view, which would pull a
        // list down to its last row; these paragraphs are read, never edited, so the caret stays put
        a.setCaret(new StillCaret());
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        a.setBorder(BorderFactory.createEmptyBorder());
        a.setForeground(javax.swing.UIManager.getColor("Label.foreground"));
        // sizing once at the target width makes the preferred height that of the wrapped text
        a.setSize(UIScale.scale(width), Short.MAX_VALUE);
        a.setPreferredSize(new Dimension(UIScale.scale(width), a.getPreferredSize().height));
        return a;
    }

    static JTextArea para(String name, String text, String role, int width, Color color) {
        JTextArea a = para(name, text, role, width);
        a.setForeground(color);
        return a;
    }

    /**
     * A label whose text wraps within {@code width} pixels (at scale 1). Unlike {@link #para} it takes no
     * mouse events of its own, so it can sit inside a button and let the button take the tap.
     */
    static JLabel wrapped(String name, String text, String role, int width, Color color) {
        String safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        JLabel l = text(name, "<html><div style='width:" + UIScale.scale(width) + "px'>" + safe + "</div></html>", role,
                color);
        return l;
    }

    /** A paragraph with a status mark before it, for messages that need the visitor's attention. */
    static JPanel notice(String name, Icon icon, String text, String role, int width, Color color) {
        JPanel p = panel(new java.awt.BorderLayout(gap(), 0));
        if (icon != null) {
            p.add(new JLabel(icon), java.awt.BorderLayout.WEST);
        }
        p.add(para(name, text, role, width, color), java.awt.BorderLayout.CENTER);
        return p;
    }

    static JButton button(String name, String text, String style, Runnable action) {
        JButton b = new JButton(text);
        prepare(b, name, style);
        b.addActionListener(e -> action.run());
        return b;
    }

    static JButton button(String name, String text, Icon icon, String style, Runnable action) {
        JButton b = button(name, text, style, action);
        b.setIcon(icon);
        return b;
    }

    static JToggleButton toggle(String name, String text, boolean selected, String style, Runnable action) {
        JToggleButton b = new JToggleButton(text, selected);
        prepare(b, name, style);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** The root of a screen: a border layout with these gaps and the screen's margin around it. */
    static JPanel screenRoot(int hgap, int vgap) {
        int gap = gap();
        JPanel root = panel(new java.awt.BorderLayout(hgap, vgap));
        root.setBorder(javax.swing.BorderFactory.createEmptyBorder(gap, gap * 2, gap, gap * 2));
        return root;
    }

    /** A transparent panel, for layout only. */
    static JPanel panel(java.awt.LayoutManager layout) {
        JPanel p = new JPanel(layout);
        p.setOpaque(false);
        return p;
    }

    /** A white card with a rounded border, the frame for lists of items. */
    static Border cardBorder() {
        int gap = gap();
        return BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(KioskTheme.color("Kiosk.card.border"), UIScale.scale(2), true),
                BorderFactory.createEmptyBorder(gap / 2, gap, gap / 2, gap));
    }

    static int gap() {
        return UIScale.scale(KioskTheme.size("Kiosk.gap"));
    }

    static int touchTarget() {
        return UIScale.scale(KioskTheme.size("Kiosk.touchTarget"));
    }

    private static void prepare(javax.swing.AbstractButton b, String name, String style) {
        b.setName(name);
        b.setFocusable(false);
        if (style != null) {
            b.putClientProperty(FlatClientProperties.STYLE_CLASS, style);
        }
        int min = touchTarget();
        Dimension pref = b.getPreferredSize();
        b.setMinimumSize(new Dimension(Math.max(min, b.getMinimumSize().width), min));
        b.setPreferredSize(new Dimension(Math.max(min, pref.width), Math.max(min, pref.height)));
    }

    /** A form button at least twice {@link #TOUCH} wide that grows with its text. */
    public static JButton button(String name, String text, Runnable action) {
        return sizedButton(name, text, TOUCH * 2, action);
    }

    /** A square-ish key-sized form button for steppers (minus, plus). */
    public static JButton small(String name, String text, Runnable action) {
        return sizedButton(name, text, TOUCH + 8, action);
    }

    private static JButton sizedButton(String name, String text, int minWidth, Runnable action) {
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

    /** A form label of {@code size} points, bold or plain. */
    public static JLabel label(String name, String text, float size, boolean bold) {
        JLabel l = new JLabel(text);
        l.setName(name);
        l.setFont(l.getFont().deriveFont(bold ? Font.BOLD : Font.PLAIN, size));
        return l;
    }

    /** A form text the visitor reads, wrapped, not editable, filled in later (unlike {@link #para}). */
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

    /**
     * One row of a booking form in a {@code GridBagLayout}: the field's label at the left, the field
     * filling the rest. {@code row} is the grid row, or {@code GridBagConstraints.RELATIVE} for the next.
     */
    public static void formRow(JPanel form, int row, String label, java.awt.Component field) {
        java.awt.GridBagConstraints c = new java.awt.GridBagConstraints();
        c.gridx = 0;
        c.gridy = row;
        c.anchor = java.awt.GridBagConstraints.WEST;
        c.insets = new java.awt.Insets(2, 0, 2, 8);
        form.add(label(field.getName() + "-label", label, BODY, false), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = java.awt.GridBagConstraints.HORIZONTAL;
        form.add(field, c);
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
