package org.pustaka.kiosk.ui.events;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.ui.Texts;
import org.pustaka.kiosk.ui.Touch;

/**
 * The member's sign-ups, one card each from the top: the event, when, how many people and the short
 * registration code, and the status; an active one has a cancel button, which asks before it cancels.
 */
final class MyRegistrationsPanel extends JPanel {
    /** Cards of four lines that fit between the title and the back button at 1024x600. */
    private static final int FITS = 3;
    private final Texts t;
    private final EventLines lines;
    private final Consumer<RegistrationResult.Done> onCancel;
    private final JPanel rows = new JPanel(new GridBagLayout());
    private List<RegistrationResult.Done> shown = List.of();
    private int asking = -1;

    MyRegistrationsPanel(Texts t, Consumer<RegistrationResult.Done> onCancel, Runnable onBack) {
        super(new BorderLayout(8, 8));
        this.t = t;
        this.lines = new EventLines(t);
        this.onCancel = onCancel;
        add(Touch.label("mine-title", t.get("events.mine"), 28f, true), BorderLayout.NORTH);
        add(rows, BorderLayout.CENTER);
        JPanel nav = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        nav.add(Touch.button("mine-back", t.get("booking.back"), onBack));
        add(nav, BorderLayout.SOUTH);
    }

    void show(List<RegistrationResult.Done> mine) {
        shown = List.copyOf(mine);
        asking = -1;
        render();
    }

    private void render() {
        rows.removeAll();
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(0, 0, 8, 0);
        if (shown.isEmpty()) {
            rows.add(Touch.label("mine-none", t.get("events.mine.none"), Touch.BODY, false), c);
        }
        // a member has few sign-ups; the cards that fit are shown, and how many more there are
        int fit = Math.min(shown.size(), FITS);
        for (int i = 0; i < fit; i++) {
            rows.add(card(i, shown.get(i)), c);
        }
        if (shown.size() > fit) {
            rows.add(Touch.label("mine-more", t.get("events.mine.more", shown.size() - fit), Touch.BODY, false), c);
        }
        c.weighty = 1;
        rows.add(new JPanel(), c);
        rows.revalidate();
        rows.repaint();
    }

    private JPanel card(int i, RegistrationResult.Done d) {
        JPanel card = new JPanel(new BorderLayout(12, 0));
        card.setName("mine-" + i);
        card.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor"), 2, true),
                BorderFactory.createEmptyBorder(8, 12, 8, 12)));
        JPanel words = new JPanel(new BorderLayout());
        JTextArea title = Touch.paragraph("mine-" + i + "-title");
        title.setFont(title.getFont().deriveFont(java.awt.Font.BOLD));
        title.setText(d.event().title().in(t.language()));
        JTextArea detail = Touch.paragraph("mine-" + i + "-detail");
        detail.setText(lines.when(d.event()) + "\n" + lines.party(d.registration()) + "\n" + lines.status(d.registration()));
        words.add(title, BorderLayout.NORTH);
        words.add(detail, BorderLayout.CENTER);
        card.add(words, BorderLayout.CENTER);
        if (d.registration().status().isActive()) {
            JPanel end = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
            if (asking == i) {
                JTextArea ask = Touch.paragraph("mine-ask-" + i);
                ask.setText(t.get("events.cancel.ask"));
                ask.setColumns(14);
                end.add(ask);
                end.add(Touch.button("mine-cancel-yes-" + i, t.get("events.cancel.yes"), () -> onCancel.accept(d)));
                end.add(Touch.button("mine-cancel-no-" + i, t.get("events.cancel.no"), () -> ask(-1)));
            } else {
                end.add(Touch.button("mine-cancel-" + i, t.get("events.cancel"), () -> ask(i)));
            }
            JPanel middle = new JPanel(new GridBagLayout());
            middle.add(end);
            card.add(middle, BorderLayout.EAST);
        }
        return card;
    }

    private void ask(int row) {
        asking = row;
        render();
    }
}
