package org.pustaka.kiosk.ui.events;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.ui.PageNav;
import org.pustaka.kiosk.ui.Texts;
import org.pustaka.kiosk.ui.Touch;

/**
 * The upcoming events, four to a page with large buttons (no finger scrolling needed): each shows the
 * title, date and time, room, audience and ages, and the seats left or "full: waiting list".
 */
final class EventListPanel extends JPanel {
    static final int PER_PAGE = 3;

    private final EventLines lines;
    private final Texts t;
    private final Consumer<LibraryEvent> onChoose;
    private final JPanel cards = new JPanel(new GridLayout(PER_PAGE, 1, 6, 6));
    private final JLabel page = Touch.label("events-page", "", Touch.BODY, false);
    private final JButton previous;
    private final JButton next;
    private final PageNav paging;
    private final JButton mine;
    private List<LibraryEvent> events = List.of();
    private int first;

    EventListPanel(Texts t, Consumer<LibraryEvent> onChoose, Runnable onMine, Runnable onBack) {
        super(new BorderLayout(8, 8));
        this.t = t;
        this.lines = new EventLines(t);
        this.onChoose = onChoose;
        add(Touch.label("events-title", t.get("events.title"), 28f, true), BorderLayout.NORTH);
        add(cards, BorderLayout.CENTER);
        JPanel nav = new JPanel(new FlowLayout(FlowLayout.CENTER, 12, 0));
        nav.add(Touch.button("events-back", t.get("booking.back"), onBack));
        previous = Touch.button("events-previous", t.get("booking.previous"), () -> show(first - PER_PAGE));
        next = Touch.button("events-next", t.get("booking.next"), () -> show(first + PER_PAGE));
        this.paging = new PageNav(t, PER_PAGE, page, previous, next);
        mine = Touch.button("events-mine", t.get("events.mine"), onMine);
        nav.add(previous);
        nav.add(page);
        nav.add(next);
        nav.add(mine);
        add(nav, BorderLayout.SOUTH);
    }

    void setEvents(List<LibraryEvent> upcoming, boolean member) {
        this.events = upcoming;
        mine.setVisible(member);
        show(0);
    }

    private void show(int from) {
        first = paging.turnTo(from, events.size());
        cards.removeAll();
        if (events.isEmpty()) {
            cards.add(Touch.label("events-none", t.get("events.none"), 20f, false));
        }
        for (int i = first; i < paging.end(first, events.size()); i++) {
            LibraryEvent e = events.get(i);
            JButton b = Touch.button("event-" + (i - first), lines.card(e), () -> onChoose.accept(e));
            b.setHorizontalAlignment(SwingConstants.LEFT);
            cards.add(b);
        }
        cards.revalidate();
        cards.repaint();
    }
}
