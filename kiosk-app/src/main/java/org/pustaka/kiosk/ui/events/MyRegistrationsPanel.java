package org.pustaka.kiosk.ui.events;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JPanel;
import org.pustaka.kiosk.events.RegistrationResult;

/** The member's sign-ups with their status, each active one with a cancel button. */
final class MyRegistrationsPanel extends JPanel {
    private final Texts t;
    private final EventLines lines;
    private final Consumer<RegistrationResult.Done> onCancel;
    private final JPanel rows = new JPanel(new GridLayout(0, 1, 4, 4));

    MyRegistrationsPanel(Texts t, Consumer<RegistrationResult.Done> onCancel, Runnable onBack) {
        super(new BorderLayout(8, 8));
        this.t = t;
        this.lines = new EventLines(t);
        this.onCancel = onCancel;
        add(Widgets.label("mine-title", t.get("events.mine"), 28f, true), BorderLayout.NORTH);
        add(rows, BorderLayout.CENTER);
        JPanel nav = new JPanel(new FlowLayout(FlowLayout.CENTER));
        nav.add(Widgets.button("mine-back", t.get("booking.back"), onBack));
        add(nav, BorderLayout.SOUTH);
    }

    void show(List<RegistrationResult.Done> mine) {
        rows.removeAll();
        if (mine.isEmpty()) {
            rows.add(Widgets.label("mine-none", t.get("events.mine.none"), 20f, false));
        }
        for (int i = 0; i < mine.size(); i++) {
            RegistrationResult.Done d = mine.get(i);
            JPanel row = new JPanel(new BorderLayout(8, 0));
            row.add(Widgets.label("mine-" + i, "<html><b>" + EventLines.esc(d.event().title().in(t.language()))
                    + "</b><br>" + EventLines.esc(lines.when(d.event())) + " \u00B7 "
                    + EventLines.esc(lines.status(d.registration())) + "</html>", 16f, false), BorderLayout.CENTER);
            if (d.registration().status().isActive()) {
                row.add(Widgets.button("mine-cancel-" + i, t.get("events.cancel"), () -> onCancel.accept(d)),
                        BorderLayout.EAST);
            }
            rows.add(row);
        }
        rows.revalidate();
        rows.repaint();
    }
}
