package org.pustaka.kiosk.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * A round status mark whose shape carries the meaning (tick, cross, dots, exclamation), so the result
 * of an item is never told by colour alone; the words beside it say it in full.
 */
final class StatusIcon extends PaintedIcon {

    enum Shape { DONE, REFUSED, WORKING, ATTENTION }

    private final Shape shape;
    private final Color color;

    StatusIcon(Shape shape, Color color, int sizeAtScale1) {
        super(sizeAtScale1);
        this.shape = shape;
        this.color = color;
    }

    @Override
    protected void paint(Graphics2D g2, float s) {
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
    }
}
