package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.pustaka.kiosk.session.Activity;
import org.pustaka.kiosk.session.SessionEvent;

/**
 * The idle screen: a greeting, the six big choices, and a strip of upcoming events, new books and tips.
 * While the kiosk is out of order the invitation under the greeting becomes a sentence saying so; while
 * it is still preparing (the window shows before circulation, the journal's recovery and the devices are
 * ready) the choices are held and the sentence says "Menyiapkan kios...".
 */
final class WelcomeScreen extends Screen {
    private final HighlightStrip strip;
    private String cardSentence = "welcome.card";

    WelcomeScreen(KioskContext kiosk) {
        super(kiosk);
        strip = new HighlightStrip(kiosk);
    }

    @Override
    String id() {
        return "welcome";
    }

    @Override
    void opened() {
        strip.start();
    }

    @Override
    void closed() {
        super.closed();
        strip.stop();
    }

    @Override
    JComponent build(Texts t) {
        int gap = Touch.gap();
        JPanel root = Touch.screenRoot(gap, gap);

        JPanel heading = Touch.panel(new BorderLayout());
        heading.add(Touch.text("welcome.title", t.get("welcome.title"), "title"), BorderLayout.WEST);
        if (kiosk.preparing()) {
            heading.add(Touch.text("welcome.preparing", t.get("welcome.preparing"), "subtitle"), BorderLayout.SOUTH);
        } else if (kiosk.notice().outOfOrder()) {
            heading.add(Touch.para("welcome.outOfOrder", t.get("welcome.outOfOrder"), "subtitle", 900,
                    KioskTheme.color("Kiosk.refused.foreground")), BorderLayout.SOUTH);
        } else {
            heading.add(Touch.text("welcome.subtitle", t.get("welcome.subtitle"), "subtitle"), BorderLayout.SOUTH);
        }
        root.add(heading, BorderLayout.NORTH);

        JPanel tiles = Touch.panel(new GridLayout(2, 3, gap, gap));
        for (Activity a : Activity.values()) {
            tiles.add(tile(t, a));
        }
        root.add(tiles, BorderLayout.CENTER);

        JPanel bottom = Touch.panel(new BorderLayout(0, gap / 2));
        bottom.add(Touch.text("welcome.card", t.get(cardSentence), "body"), BorderLayout.NORTH);
        bottom.add(strip.build(t), BorderLayout.CENTER);
        root.add(bottom, BorderLayout.SOUTH);
        return root;
    }

    /** The sentence under the tiles says what went wrong with the card until the next one is read. */
    @Override
    boolean cardProblem(org.pustaka.hardware.api.CardProblem.Kind kind) {
        cardSentence = "card.problem." + kind.name();
        kiosk.cue(org.pustaka.hardware.api.BuzzerCue.REFUSE, null);
        refresh();
        return true;
    }

    private JButton tile(Texts t, Activity a) {
        JButton b = Touch.button("start." + a.name(), "", "tile", () -> {
            if (!kiosk.preparing()) {
                kiosk.fire(new SessionEvent.Start(a));
            }
        });
        // held while the kiosk prepares: circulation and its journal are not ready to take a loan yet
        b.setEnabled(!kiosk.preparing());
        return ActivityTile.dress(b, t, a);
    }
}
