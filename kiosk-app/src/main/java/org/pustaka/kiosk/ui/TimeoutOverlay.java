package org.pustaka.kiosk.ui;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.MouseAdapter;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The inactivity warning, laid over the whole window as the glass pane: a dimmed screen, "are you
 * still there?", the seconds left, and one big button. Any touch clears it (the session hears it as
 * activity); the glass pane swallows touches so none reaches the screen beneath by accident.
 */
final class TimeoutOverlay extends JPanel {
    private final JLabel countdown;

    TimeoutOverlay(Texts t, long secondsLeft, Runnable stay) {
        super(new GridBagLayout());
        setName("timeout");
        setOpaque(false);
        addMouseListener(new MouseAdapter() { });
        int gap = Touch.gap();
        JPanel card = new JPanel(new GridBagLayout());
        card.setBackground(KioskTheme.color("Kiosk.warning.background"));
        card.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(KioskTheme.color("Kiosk.warning.border"), Math.max(3, gap / 4), true),
                BorderFactory.createEmptyBorder(gap * 2, gap * 3, gap * 2, gap * 3)));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(0, 0, gap, 0);
        JLabel title = Touch.text("timeout.title", t.get("timeout.title"), "title");
        title.setIcon(new StatusIcon(StatusIcon.Shape.ATTENTION, KioskTheme.color("Kiosk.warning.border"), 56));
        card.add(title, c);
        countdown = Touch.text("timeout.countdown", t.get("timeout.body", secondsLeft), "subtitle");
        card.add(countdown, c);
        card.add(Touch.button("timeout.stay", t.get("timeout.stay"), "primary", stay), c);
        add(card);
    }

    void secondsLeft(Texts t, long seconds) {
        countdown.setText(t.get("timeout.body", seconds));
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
        g2.setColor(Color.BLACK);
        g2.fillRect(0, 0, getWidth(), getHeight());
        g2.dispose();
    }
}
