package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import java.awt.Color;
import java.awt.Dimension;
import javax.swing.BorderFactory;
import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.border.Border;

/**
 * Builds the touchscreen's components the same way everywhere: text roles by FlatLaf style class,
 * nothing a finger must hit smaller than {@code Kiosk.touchTarget}, no keyboard focus (there is no
 * keyboard), and a stable component name for each control so tests and logs can find it.
 */
final class Touch {
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
}
