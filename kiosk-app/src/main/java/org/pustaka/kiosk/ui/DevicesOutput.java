package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.printer.ReceiptText;

/**
 * The demo devices window's view of what a person beside a real kiosk would notice: the status lights
 * (a coloured mark and their meaning in words), the last sound of the buzzer, and the last printout as
 * its 32 columns of paper. Fed from any thread by {@link DeviceEcho}; it paints on the event thread.
 */
final class DevicesOutput {
    private static final int PAPER_COLUMNS = 32;

    private final Texts texts;
    private final JLabel light;
    private final JLabel sound;
    private final JTextArea paper = new JTextArea(8, PAPER_COLUMNS);

    DevicesOutput(Texts texts, DeviceEcho echo) {
        this.texts = texts;
        this.light = Touch.text("devices.light", texts.get("devices.light", texts.get("devices.light.OFF")), "body");
        this.sound = Touch.text("devices.sound", texts.get("devices.sound", texts.get("devices.sound.none")), "body");
        paper.setName("devices.paper");
        paper.setEditable(false);
        paper.setFocusable(false);
        paper.setFont(new Font(Font.MONOSPACED, Font.PLAIN, paper.getFont().getSize()));
        paper.setText(texts.get("devices.paper.none"));
        echo.listen(p -> SwingUtilities.invokeLater(() -> light(p)), c -> SwingUtilities.invokeLater(() -> sound(c)),
                r -> {
                    String text = ReceiptText.render(r, PAPER_COLUMNS);
                    SwingUtilities.invokeLater(() -> printed(text));
                });
    }

    /** The panel for the top of the devices window. */
    JPanel panel() {
        int gap = Touch.gap() / 2;
        JPanel signals = Touch.panel(new GridLayout(0, 1, 0, gap / 2));
        signals.add(light);
        signals.add(sound);
        JPanel p = new JPanel(new BorderLayout(0, gap / 2));
        p.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        p.add(signals, BorderLayout.NORTH);
        p.add(Touch.text("devices.paperHeading", texts.get("devices.paper"), "body"), BorderLayout.CENTER);
        p.add(new JScrollPane(paper), BorderLayout.SOUTH);
        return p;
    }

    private void light(LightPattern pattern) {
        light.setText(texts.get("devices.light", texts.get("devices.light." + pattern.name())));
        light.setIcon(new StatusIcon(StatusIcon.Shape.WORKING, color(pattern), 24));
    }

    private void sound(BuzzerCue cue) {
        sound.setText(texts.get("devices.sound", texts.get("devices.sound." + cue.name())));
    }

    private void printed(String text) {
        paper.setText(text);
        paper.setCaretPosition(0);
    }

    private static Color color(LightPattern pattern) {
        return switch (pattern) {
            case READY -> KioskTheme.color("Kiosk.ok.foreground");
            case BUSY -> KioskTheme.color("Kiosk.tile.RETURN");
            case ATTENTION, OUT_OF_ORDER -> KioskTheme.color("Kiosk.warning.border");
            case OFFLINE -> KioskTheme.color("Kiosk.tile.RENEW");
            case OFF -> KioskTheme.color("Kiosk.working.foreground");
        };
    }
}
