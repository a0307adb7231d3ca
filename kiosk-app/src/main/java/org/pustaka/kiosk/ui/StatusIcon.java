package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import javax.swing.Icon;

/**
 * A round status mark whose shape carries the meaning (tick, cross, dots, exclamation), so the result
 * of an item is never told by colour alone; the words beside it say it in full.
 */
final class StatusIcon implements Icon {

    enum Shape { DONE, REFUSED, WORKING, ATTENTION }

    private final Shape shape;
    private final Color color;
    private final int size;

    StatusIcon(Shape shape, Color color, int sizeAtScale1) {
        this.shape = shape;
        this.color = color;
        this.size = UIScale.scale(sizeAtScale1);
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            float s = size;
            g2.setColor(color);
            g2.setStroke(new BasicStroke(s / 10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(new Ellipse2D.Float(s * 0.05f, s * 0.05f, s * 0.9f, s * 0.9f));
            Path2D p = new Path2D.Float();
            switch (shape) {
                case DONE -> {
                    p.moveTo(s * 0.28, s * 0.52);
                    p.lineTo(s * 0.44, s * 0.68);
                    p.lineTo(s * 0.72, s * 0.34);
                    g2.draw(p);
                }
                case REFUSED -> {
                    p.moveTo(s * 0.32, s * 0.32);
                    p.lineTo(s * 0.68, s * 0.68);
                    p.moveTo(s * 0.68, s * 0.32);
                    p.lineTo(s * 0.32, s * 0.68);
                    g2.draw(p);
                }
                case WORKING -> {
                    float d = s * 0.12f;
                    for (int i = 0; i < 3; i++) {
                        g2.fill(new Ellipse2D.Float(s * (0.26f + i * 0.19f), s * 0.5f - d / 2, d, d));
                    }
                }
                case ATTENTION -> {
                    p.moveTo(s * 0.5, s * 0.26);
                    p.lineTo(s * 0.5, s * 0.56);
                    g2.draw(p);
                    float d = s * 0.12f;
                    g2.fill(new Ellipse2D.Float(s * 0.5f - d / 2, s * 0.68f, d, d));
                }
            }
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
