package org.pustaka.kiosk.ui;

import java.util.List;

/**
 * Where the welcome strip gets upcoming events and new books. Called on a worker thread, never the
 * event thread, and may block on the network; it should answer an empty list rather than throw when
 * nothing is known (the strip then shows tips for visitors).
 */
public interface Highlights {
    Highlights NONE = List::of;

    List<Highlight> upcoming();
}
