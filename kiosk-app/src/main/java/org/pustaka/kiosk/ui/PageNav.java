package org.pustaka.kiosk.ui;

import javax.swing.JButton;
import javax.swing.JLabel;

/**
 * The paging of a booking list (events, school-visit slots): large buttons a page at a time, no finger
 * scrolling. It keeps the page's first item in range and sets the "Page n of m" line and the previous
 * and next buttons to match. Event thread.
 */
public final class PageNav {
    private final Texts t;
    private final int perPage;
    private final JLabel page;
    private final JButton previous;
    private final JButton next;

    public PageNav(Texts t, int perPage, JLabel page, JButton previous, JButton next) {
        this.t = t;
        this.perPage = perPage;
        this.page = page;
        this.previous = previous;
        this.next = next;
    }

    /** Turns to the page that starts at {@code from} (kept within {@code size} items); returns its first item. */
    public int turnTo(int from, int size) {
        int first = Math.max(0, Math.min(from, Math.max(0, size - 1)));
        int pages = Math.max(1, (size + perPage - 1) / perPage);
        page.setText(t.get("booking.page", first / perPage + 1, pages));
        previous.setEnabled(first > 0);
        next.setEnabled(first + perPage < size);
        return first;
    }

    /** One past the last item of the page that starts at {@code first}. */
    public int end(int first, int size) {
        return Math.min(first + perPage, size);
    }
}
