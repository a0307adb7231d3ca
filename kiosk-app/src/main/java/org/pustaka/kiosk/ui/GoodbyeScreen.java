package org.pustaka.kiosk.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.JPanel;

/** Thanks and a reminder, for a few seconds; the session then returns to the welcome screen by itself. */
final class GoodbyeScreen extends Screen {

    GoodbyeScreen(KioskContext kiosk) {
        super(kiosk);
    }

    @Override
    String id() {
        return "goodbye";
    }

    @Override
    JComponent build(Texts t) {
        JPanel root = Touch.panel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(0, 0, Touch.gap() * 2, 0);
        var title = Touch.text("goodbye.title", t.get("goodbye.title"), "title");
        title.setIcon(new FaceIcon(5));
        title.setIconTextGap(Touch.gap() * 2);
        root.add(title, c);
        root.add(Touch.text("goodbye.body", t.get("goodbye.body"), "subtitle"), c);
        return root;
    }
}
