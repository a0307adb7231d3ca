package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;

/**
 * The welcome screen's rotating strip: upcoming events and new books from {@link Highlights}
 * (fetched off the event thread), then tips for visitors. One entry at a time, changing every few
 * seconds, so the line stays large enough to read.
 */
final class HighlightStrip {
    private static final int ROTATE_MILLIS = 6000;
    private static final int TIPS = 3;

    private final KioskContext kiosk;
    private final Timer timer;
    private List<Highlight> highlights = List.of();
    private int index;
    private boolean running;
    private JLabel label;
    private Texts texts;

    HighlightStrip(KioskContext kiosk) {
        this.kiosk = kiosk;
        this.timer = new Timer(ROTATE_MILLIS, e -> next());
    }

    void start() {
        running = true;
        kiosk.work().lookup(() -> kiosk.highlights().upcoming(), loaded -> {
            if (running) {
                highlights = List.copyOf(loaded);
                index = 0;
                show();
            }
        }, e -> { });
        timer.start();
    }

    void stop() {
        running = false;
        timer.stop();
    }

    JComponent build(Texts t) {
        texts = t;
        JPanel p = new JPanel(new BorderLayout());
        p.setBackground(KioskTheme.color("Kiosk.strip.background"));
        int gap = Touch.gap();
        p.setBorder(BorderFactory.createEmptyBorder(gap / 2, gap, gap / 2, gap));
        label = Touch.text("welcome.strip", "", "strip", KioskTheme.color("Kiosk.strip.foreground"));
        p.add(label, BorderLayout.CENTER);
        show();
        return p;
    }

    private void next() {
        index++;
        show();
    }

    private void show() {
        if (label == null) {
            return;
        }
        List<String> entries = entries(texts);
        label.setText(entries.get(Math.floorMod(index, entries.size())));
    }

    private List<String> entries(Texts t) {
        List<String> out = new ArrayList<>();
        for (Highlight h : highlights) {
            if (h.kind() == Highlight.Kind.EVENT) {
                out.add(t.get("strip.event", h.title(), h.date() == null ? "" : t.date(h.date())));
            } else {
                out.add(t.get("strip.book", h.title()));
            }
        }
        for (int i = 1; i <= TIPS; i++) {
            out.add(t.get("strip.tip." + i));
        }
        return out;
    }
}
