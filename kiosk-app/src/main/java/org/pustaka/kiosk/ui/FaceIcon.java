package org.pustaka.kiosk.ui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.QuadCurve2D;

/**
 * A face for the one-tap survey, from 1 (very sad) to 5 (very happy): the mouth curves from a deep
 * frown to a wide smile. Drawn rather than taken from an emoji font, which kiosk systems often lack.
 */
final class FaceIcon extends PaintedIcon {
    private final int score;

    FaceIcon(int score) {
        super(KioskTheme.size("Kiosk.face.size"));
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be 1 to 5, got " + score);
        }
        this.score = score;
    }

    @Override
    protected void paint(Graphics2D g2, float s) {
        g2.setColor(KioskTheme.color("Kiosk.face.fill"));
        g2.fill(new Ellipse2D.Float(1, 1, s - 2, s - 2));
        g2.setColor(KioskTheme.color("Kiosk.face.line"));
        g2.setStroke(new BasicStroke(s / 22f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.draw(new Ellipse2D.Float(1, 1, s - 2, s - 2));
        float eye = s * 0.1f;
        g2.fill(new Ellipse2D.Float(s * 0.32f - eye / 2, s * 0.36f, eye, eye * 1.3f));
        g2.fill(new Ellipse2D.Float(s * 0.68f - eye / 2, s * 0.36f, eye, eye * 1.3f));
        // score 1..5 -> mouth bend -1..+1: the control point goes below the corners for a smile
        float bend = (score - 3) / 2f;
        float mouthY = s * 0.66f;
        g2.draw(new QuadCurve2D.Float(s * 0.28f, mouthY - bend * s * 0.04f, s * 0.5f, mouthY + bend * s * 0.2f,
                s * 0.72f, mouthY - bend * s * 0.04f));
    }
}
