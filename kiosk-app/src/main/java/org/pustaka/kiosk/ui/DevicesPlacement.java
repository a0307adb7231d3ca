package org.pustaka.kiosk.ui;

import java.awt.Rectangle;

/**
 * Where the demo's device window goes, worked out from the screen and the kiosk window alone. Beside the
 * kiosk window (right, else left) when at least {@code minWidth} is free there, else below it when as
 * much height is free: the two never overlap. Otherwise the kiosk window fills the screen (it scales itself to do so) and the device window is
 * docked at the screen's right edge: collapsed by default to a thin tab in the middle of the edge, where
 * the kiosk's screens keep an empty margin, and expanded on demand to a narrower panel over the kiosk's
 * right side. So nothing the visitor can touch is hidden until the person running the demo asks for it.
 *
 * @param docked    false: {@code expanded} is beside the kiosk and {@code collapsed} is unused
 * @param expanded  the window's bounds when open
 * @param collapsed the tab's bounds when docked and collapsed
 */
record DevicesPlacement(boolean docked, Rectangle expanded, Rectangle collapsed) {

    /**
     * Sizes in screen pixels (already scaled): the wanted width, the least useful width (also the least
     * useful height below the kiosk), the tab's size.
     */
    record Sizes(int width, int minWidth, int tabWidth, int tabHeight) {
    }

    static DevicesPlacement of(Rectangle screen, Rectangle kiosk, Sizes s) {
        int top = Math.max(screen.y, kiosk.y);
        int bottom = Math.min(screen.y + screen.height, kiosk.y + kiosk.height);
        if (bottom - top < s.tabHeight()) {
            top = screen.y;
            bottom = screen.y + screen.height;
        }
        int height = bottom - top;
        int right = screen.x + screen.width - (kiosk.x + kiosk.width);
        int left = kiosk.x - screen.x;
        if (right >= s.minWidth()) {
            int w = Math.min(s.width(), right);
            return new DevicesPlacement(false, new Rectangle(kiosk.x + kiosk.width, top, w, height), null);
        }
        if (left >= s.minWidth()) {
            int w = Math.min(s.width(), left);
            return new DevicesPlacement(false, new Rectangle(kiosk.x - w, top, w, height), null);
        }
        int below = screen.y + screen.height - (kiosk.y + kiosk.height);
        if (below >= s.minWidth()) {
            int x = Math.max(screen.x, kiosk.x);
            int w = Math.min(screen.x + screen.width, kiosk.x + kiosk.width) - x;
            return new DevicesPlacement(false, new Rectangle(x, kiosk.y + kiosk.height, w, below), null);
        }
        int w = Math.min(s.width(), Math.max(s.minWidth(), screen.width / 3));
        int edge = screen.x + screen.width;
        Rectangle open = new Rectangle(edge - w, top, w, height);
        int tabHeight = Math.min(s.tabHeight(), height);
        Rectangle tab = new Rectangle(edge - s.tabWidth(), top + (height - tabHeight) / 2, s.tabWidth(), tabHeight);
        return new DevicesPlacement(true, open, tab);
    }
}
