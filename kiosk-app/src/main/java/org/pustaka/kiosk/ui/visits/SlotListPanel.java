package org.pustaka.kiosk.ui.visits;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.pustaka.kiosk.events.WhenText;
import org.pustaka.kiosk.ui.PageNav;
import org.pustaka.kiosk.ui.Texts;
import org.pustaka.kiosk.ui.Touch;
import org.pustaka.kiosk.visits.VisitSlot;

/** The free school-visit slots, six to a page as large buttons, and the way to look a booking up by code. */
final class SlotListPanel extends JPanel {
    static final int PER_PAGE = 4;

    private final Texts t;
    private final Consumer<VisitSlot> onChoose;
    private final JPanel grid = new JPanel(new GridLayout(PER_PAGE / 2, 2, 6, 6));
    private final JLabel page = Touch.label("slots-page", "", Touch.BODY, false);
    private final JButton previous;
    private final JButton next;
    private final PageNav paging;
    private List<VisitSlot> slots = List.of();
    private int first;

    SlotListPanel(Texts t, Consumer<VisitSlot> onChoose, Runnable onLookUp, Runnable onBack) {
        super(new BorderLayout(8, 8));
        this.t = t;
        this.onChoose = onChoose;
        JPanel head = new JPanel(new BorderLayout());
        head.add(Touch.label("visits-title", t.get("visits.title"), 28f, true), BorderLayout.NORTH);
        head.add(Touch.label("visits-intro", t.get("visits.intro"), Touch.BODY, false), BorderLayout.SOUTH);
        add(head, BorderLayout.NORTH);
        add(grid, BorderLayout.CENTER);
        JPanel nav = new JPanel(new FlowLayout(FlowLayout.CENTER, 12, 0));
        nav.add(Touch.button("visits-back", t.get("booking.back"), onBack));
        previous = Touch.button("slots-previous", t.get("booking.previous"), () -> show(first - PER_PAGE));
        next = Touch.button("slots-next", t.get("booking.next"), () -> show(first + PER_PAGE));
        this.paging = new PageNav(t, PER_PAGE, page, previous, next);
        nav.add(previous);
        nav.add(page);
        nav.add(next);
        nav.add(Touch.button("visits-lookup", t.get("visits.lookup"), onLookUp));
        add(nav, BorderLayout.SOUTH);
    }

    void setSlots(List<VisitSlot> free) {
        this.slots = free;
        show(0);
    }

    private void show(int from) {
        first = paging.turnTo(from, slots.size());
        grid.removeAll();
        if (slots.isEmpty()) {
            grid.add(Touch.label("slots-none", t.get("visits.none"), 20f, false));
        }
        for (int i = first; i < paging.end(first, slots.size()); i++) {
            VisitSlot s = slots.get(i);
            grid.add(Touch.button("slot-" + (i - first), "<html><b>" + WhenText.of(s.start(), s.end(), t.language())
                    + "</b><br>" + s.room() + "<br>" + t.get("visits.capacity", s.capacity()) + "</html>",
                    () -> onChoose.accept(s)));
        }
        grid.revalidate();
        grid.repaint();
    }
}
