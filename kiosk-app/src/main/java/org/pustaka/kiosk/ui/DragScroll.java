package org.pustaka.kiosk.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

/**
 * Scrolls a list with a finger: a press anywhere on the list and a drag move its content with the
 * finger, as on a phone. The scroll bar stays for those who look for it. A drag shorter than a few
 * pixels is left as a tap, so the buttons in a list still take taps.
 */
final class DragScroll extends MouseAdapter {
    private final JViewport viewport;
    private Point pressed;
    private Point startView;

    private DragScroll(JViewport viewport) {
        this.viewport = viewport;
    }

    /** Lets a finger drag {@code scroll}'s content; call after the content is filled in. */
    static void install(JScrollPane scroll) {
        DragScroll drag = new DragScroll(scroll.getViewport());
        listenOn(scroll.getViewport().getView(), drag);
    }

    private static void listenOn(Component c, DragScroll drag) {
        c.addMouseListener(drag);
        c.addMouseMotionListener(drag);
        // a component with a listener keeps the mouse from its parent: a button's children are left alone
        if (c instanceof Container k && !(c instanceof javax.swing.AbstractButton)) {
            for (Component child : k.getComponents()) {
                listenOn(child, drag);
            }
        }
    }

    @Override
    public void mousePressed(MouseEvent e) {
        pressed = SwingUtilities.convertPoint(e.getComponent(), e.getPoint(), viewport);
        startView = viewport.getViewPosition();
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        Point now = SwingUtilities.convertPoint(e.getComponent(), e.getPoint(), viewport);
        int dy = pressed.y - now.y;
        if (Math.abs(dy) < 4) {
            return;
        }
        Component view = viewport.getView();
        int max = Math.max(0, view.getHeight() - viewport.getExtentSize().height);
        int y = Math.max(0, Math.min(max, startView.y + dy));
        viewport.setViewPosition(new Point(startView.x, y));
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        pressed = null;
    }
}
