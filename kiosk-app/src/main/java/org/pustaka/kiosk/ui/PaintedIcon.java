package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.Icon;

/**
 * A square icon drawn in code at the screen's scale: each paint gets its own antialiased graphics,
 * moved to the icon's corner and released afterwards, so a drawing never leaks settings to the caller.
 */
abstract class PaintedIcon implements Icon {
    private final int size;

    PaintedIcon(int sizeAtScale1) {
        this.size = UIScale.scale(sizeAtScale1);
    }

    /** Draws the icon in a square of side {@code s} whose top left corner is the origin. */
    protected abstract void paint(Graphics2D g2, float s);

    @Override
    public final void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            paint(g2, size);
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return size;
    }

    @Override
    public int getIconHeight() {
        return size;
    }
}
