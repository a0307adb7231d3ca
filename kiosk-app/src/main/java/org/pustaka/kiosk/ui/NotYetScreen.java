package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.pustaka.kiosk.session.Activity;
import org.pustaka.kiosk.session.SessionEvent;

/**
 * Events and school visits until their services are built: the screen says plainly that the service
 * is not available yet and where to get help, rather than showing anything that would not work.
 */
final class NotYetScreen extends Screen {
    private final Activity activity;

    NotYetScreen(KioskContext kiosk, Activity activity) {
        super(kiosk);
        this.activity = activity;
    }

    @Override
    String id() {
        return activity == Activity.EVENTS ? "events" : "school-visit";
    }

    @Override
    JComponent build(Texts t) {
        int gap = Touch.gap();
        JPanel root = Touch.screenRoot(gap, gap * 2);
        root.add(Touch.text(id() + ".title", t.get("activity." + activity.name()), "title"), BorderLayout.NORTH);
        JPanel middle = Touch.panel(new BorderLayout(0, gap));
        JLabel label = Touch.text(id() + ".label", t.get("notYet.label"), "subtitle",
                KioskTheme.color("Kiosk.warning.border"));
        label.setIcon(new StatusIcon(StatusIcon.Shape.ATTENTION, KioskTheme.color("Kiosk.warning.border"), 48));
        middle.add(label, BorderLayout.NORTH);
        middle.add(Touch.para(id() + ".body", t.get("notYet.body"), "subtitle", 800), BorderLayout.CENTER);
        root.add(middle, BorderLayout.CENTER);
        JPanel bottom = Touch.panel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        bottom.add(Touch.button(id() + ".done", t.get("done"), "primary", () -> kiosk.fire(new SessionEvent.ActivityDone())));
        root.add(bottom, BorderLayout.SOUTH);
        return root;
    }
}
