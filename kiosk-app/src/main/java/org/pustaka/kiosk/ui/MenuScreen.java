package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.pustaka.kiosk.session.Activity;
import org.pustaka.kiosk.session.SessionEvent;

/** The identified visitor's choices: the same six as the welcome screen, greeted by name, and "finished". */
final class MenuScreen extends Screen {

    MenuScreen(KioskContext kiosk) {
        super(kiosk);
    }

    @Override
    String id() {
        return "menu";
    }

    @Override
    JComponent build(Texts t) {
        int gap = Touch.gap();
        JPanel root = Touch.screenRoot(gap, gap);

        JPanel heading = Touch.panel(new BorderLayout());
        // identified offline, the kiosk may not know the name: a plain greeting then, never "Halo, !"
        String name = kiosk.visit().name();
        heading.add(Touch.text("menu.hello", name.isBlank() ? t.get("menu.helloNoName") : t.get("menu.hello", name), "title"),
                BorderLayout.NORTH);
        heading.add(Touch.text("menu.prompt", t.get("menu.prompt"), "subtitle"), BorderLayout.CENTER);
        if (kiosk.visit().offline()) {
            heading.add(Touch.para("menu.offline", t.get("identify.offline"), "body", 900), BorderLayout.SOUTH);
        }
        root.add(heading, BorderLayout.NORTH);

        JPanel tiles = Touch.panel(new GridLayout(2, 3, gap, gap));
        for (Activity a : Activity.values()) {
            JButton b = Touch.button("choose." + a.name(), "", "tile", () -> kiosk.fire(new SessionEvent.Choose(a)));
            tiles.add(ActivityTile.dress(b, t, a));
        }
        root.add(tiles, BorderLayout.CENTER);

        JPanel bottom = Touch.panel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        bottom.add(Touch.button("menu.finish", t.get("menu.finish"), "primary",
                () -> kiosk.fire(new SessionEvent.ActivityDone())));
        root.add(bottom, BorderLayout.SOUTH);
        return root;
    }
}
