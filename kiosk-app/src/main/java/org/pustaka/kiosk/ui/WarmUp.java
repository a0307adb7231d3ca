package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Builds, lays out and paints every screen once, off screen, right after start-up, so the first
 * visitor does not wait while classes load and glyphs are rasterised the first time a screen shows.
 * One screen per event, so a tap in between is still answered promptly.
 */
final class WarmUp {
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final CountDownLatch done = new CountDownLatch(1);

    WarmUp(List<Supplier<Screen>> screens) {
        for (String language : List.of("id", "en")) {
            for (Supplier<Screen> s : screens) {
                steps.add(() -> paint(s.get(), Texts.of(language)));
            }
        }
    }

    /** Starts on the event thread, one step per event. */
    void start() {
        SwingUtilities.invokeLater(this::next);
    }

    void await() throws InterruptedException {
        done.await();
    }

    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            done.countDown();
            return;
        }
        step.run();
        SwingUtilities.invokeLater(this::next);
    }

    private static void paint(Screen screen, Texts texts) {
        JComponent view = screen.build(texts);
        screen.closed();
        view.setSize(UIScale.scale(ScreenScale.DESIGN_WIDTH), UIScale.scale(ScreenScale.DESIGN_HEIGHT));
        layout(view);
        BufferedImage image = new BufferedImage(view.getWidth(), view.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            view.paint(g);
        } finally {
            g.dispose();
        }
    }

    private static void layout(Container c) {
        c.doLayout();
        for (Component child : c.getComponents()) {
            if (child instanceof Container k) {
                layout(k);
            }
        }
    }
}
