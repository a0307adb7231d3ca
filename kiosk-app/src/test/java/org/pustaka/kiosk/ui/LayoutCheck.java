package org.pustaka.kiosk.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.JTextArea;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;

/**
 * Finds what a visitor cannot read or hit on a window: a label or button whose text is narrower or
 * lower than it needs (Swing would end it with "..." or cut it), a wrapped paragraph whose last line
 * falls outside it, a component cut off by the panel it sits in (a list scrolled out of view is not
 * cut off: it scrolls), and a button smaller than the touch target. Event thread only.
 */
final class LayoutCheck {
    private final int touchTarget;
    private final List<String> problems = new ArrayList<>();

    private LayoutCheck(int touchTarget) {
        this.touchTarget = touchTarget;
    }

    /** Every problem on {@code root}, one sentence each; empty when the screen reads and taps well. */
    static List<String> problems(Container root, int touchTarget) {
        LayoutCheck check = new LayoutCheck(touchTarget);
        check.walk(root);
        return check.problems;
    }

    private void walk(Container parent) {
        for (Component c : parent.getComponents()) {
            if (!c.isShowing() || c.getWidth() == 0 && c.getHeight() == 0 || c instanceof JScrollBar) {
                continue;
            }
            check(c);
            if (c instanceof Container k) {
                walk(k);
            }
        }
    }

    private void check(Component c) {
        String text = text(c);
        if (text != null && !text.isBlank()) {
            if (c instanceof JTextArea a) {
                checkParagraph(a, text);
            } else if (c instanceof JLabel || c instanceof AbstractButton) {
                String cut = textCut((JComponent) c, text);
                if (cut != null) {
                    problems.add(describe(c, text) + " " + cut);
                }
            }
            Rectangle cut = cutBy(c);
            if (cut != null) {
                problems.add(describe(c, text) + " is cut off by its container: " + c.getWidth() + "x" + c.getHeight()
                        + " shows " + cut.width + "x" + cut.height);
            }
        }
        if (c instanceof AbstractButton b && b.isVisible() && (b.getWidth() < touchTarget || b.getHeight() < touchTarget)) {
            problems.add(describe(c, text) + " is " + b.getWidth() + "x" + b.getHeight() + " px, under the "
                    + touchTarget + " px touch target");
        }
    }

    /**
     * Lays the text out as Swing paints it and says how it is cut: an ellipsis where the width is short,
     * or lines taller than the room. HTML text is measured by its own view.
     */
    private static String textCut(JComponent c, String text) {
        Insets in = c.getInsets();
        Rectangle room = new Rectangle(in.left, in.top, c.getWidth() - in.left - in.right, c.getHeight() - in.top - in.bottom);
        if (c.getClientProperty(BasicHTML.propertyKey) instanceof View v) {
            int needY = (int) v.getPreferredSpan(View.Y_AXIS);
            int needX = (int) v.getMinimumSpan(View.X_AXIS);
            return needY > room.height + 1 || needX > room.width + 1
                    ? "needs " + needX + "x" + needY + " inside but has " + room.width + "x" + room.height : null;
        }
        Icon icon;
        int v;
        int h;
        int vt;
        int ht;
        int gap;
        if (c instanceof JLabel l) {
            icon = l.getIcon();
            v = l.getVerticalAlignment();
            h = l.getHorizontalAlignment();
            vt = l.getVerticalTextPosition();
            ht = l.getHorizontalTextPosition();
            gap = l.getIconTextGap();
        } else {
            AbstractButton b = (AbstractButton) c;
            icon = b.getIcon();
            v = b.getVerticalAlignment();
            h = b.getHorizontalAlignment();
            vt = b.getVerticalTextPosition();
            ht = b.getHorizontalTextPosition();
            gap = b.getIconTextGap();
        }
        FontMetrics fm = c.getFontMetrics(c.getFont());
        Rectangle iconR = new Rectangle();
        Rectangle textR = new Rectangle();
        String shown = SwingUtilities.layoutCompoundLabel(c, fm, text, icon, v, h, vt, ht, room, iconR, textR,
                text.isEmpty() || icon == null ? 0 : gap);
        if (!shown.equals(text)) {
            return "is cut to \"" + shown + "\" in " + room.width + " px";
        }
        if (textR.height > room.height + 1) {
            return "needs " + textR.height + " px of height but has " + room.height;
        }
        return null;
    }

    private void checkParagraph(JTextArea a, String text) {
        try {
            Rectangle2D end = a.modelToView2D(text.length());
            if (end != null && end.getMaxY() > a.getHeight() - a.getInsets().bottom + 1) {
                problems.add(describe(a, text) + " ends at y=" + (int) end.getMaxY() + " below its height " + a.getHeight());
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The part of {@code c} its ancestors show, when smaller than {@code c}; null when whole or in a scrolled view. */
    private static Rectangle cutBy(Component c) {
        Rectangle shown = new Rectangle(0, 0, c.getWidth(), c.getHeight());
        Component child = c;
        for (Container p = c.getParent(); p != null; child = p, p = p.getParent()) {
            if (p instanceof JViewport viewport) {
                return cutSideways(c, shown, viewport);
            }
            Rectangle inParent = SwingUtilities.convertRectangle(c, shown, p);
            Rectangle clipped = inParent.intersection(new Rectangle(0, 0, p.getWidth(), p.getHeight()));
            if (clipped.width < inParent.width - 1 || clipped.height < inParent.height - 1) {
                Rectangle back = SwingUtilities.convertRectangle(p, clipped, c);
                return new Rectangle(0, 0, Math.max(0, back.width), Math.max(0, back.height));
            }
            if (p instanceof java.awt.Window) {
                return null;
            }
        }
        return null;
    }

    /**
     * In a list that scrolls only up and down, a row wider than the list is cut at its right edge: that
     * is a cut; rows above or below the visible part are not, the visitor scrolls to them.
     */
    private static Rectangle cutSideways(Component c, Rectangle shown, JViewport viewport) {
        if (!(viewport.getParent() instanceof JScrollPane scroll)
                || scroll.getHorizontalScrollBarPolicy() != ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER) {
            return null;
        }
        Rectangle inView = SwingUtilities.convertRectangle(c, shown, viewport);
        if (inView.x < -1 || inView.x + inView.width > viewport.getWidth() + 1) {
            int visible = Math.max(0, Math.min(inView.x + inView.width, viewport.getWidth()) - Math.max(inView.x, 0));
            return new Rectangle(0, 0, visible, inView.height);
        }
        return null;
    }

    private static String text(Component c) {
        if (c instanceof JTextComponent t) {
            return t.getText();
        }
        if (c instanceof JLabel l) {
            return l.getText();
        }
        return c instanceof AbstractButton b ? b.getText() : null;
    }

    private static String describe(Component c, String text) {
        String shown = text == null ? "" : text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return c.getClass().getSimpleName() + " '" + (c.getName() == null ? "?" : c.getName()) + "' (\""
                + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown) + "\")";
    }
}
