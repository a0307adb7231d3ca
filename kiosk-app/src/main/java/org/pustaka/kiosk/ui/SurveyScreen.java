package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.pustaka.kiosk.session.SessionEvent;

/** One tap: five faces from very unhappy to very happy, each with its word, and a way to skip. */
final class SurveyScreen extends Screen {

    SurveyScreen(KioskContext kiosk) {
        super(kiosk);
    }

    @Override
    String id() {
        return "survey";
    }

    @Override
    JComponent build(Texts t) {
        int gap = Touch.gap();
        JPanel root = Touch.screenRoot(gap, gap * 2);
        root.add(Touch.text("survey.title", t.get("survey.title"), "title"), BorderLayout.NORTH);
        JPanel faces = Touch.panel(new GridLayout(1, 5, gap, 0));
        for (int score = 1; score <= 5; score++) {
            int s = score;
            JButton b = Touch.button("survey." + score, t.get("survey." + score), new FaceIcon(score), "face",
                    () -> kiosk.fire(new SessionEvent.SurveyAnswered(s)));
            b.setVerticalTextPosition(SwingConstants.BOTTOM);
            b.setHorizontalTextPosition(SwingConstants.CENTER);
            b.setPreferredSize(null);
            ActivityTile.wrapOnResize(b, t.get("survey." + score));
            faces.add(b);
        }
        JPanel middle = Touch.panel(new BorderLayout());
        middle.add(faces, BorderLayout.NORTH);
        root.add(middle, BorderLayout.CENTER);
        JPanel bottom = Touch.panel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        bottom.add(Touch.button("survey.skip", t.get("survey.skip"), "secondary",
                () -> kiosk.fire(new SessionEvent.SurveyAnswered(0))));
        root.add(bottom, BorderLayout.SOUTH);
        return root;
    }
}
