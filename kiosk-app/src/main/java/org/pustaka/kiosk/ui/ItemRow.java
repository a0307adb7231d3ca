package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import org.pustaka.kiosk.circulation.ItemOutcome;

/**
 * One line of an item list: a status mark whose shape tells the result, the title, and a sentence
 * saying what happened and what to do. Colour only repeats what the mark and the words already say.
 */
final class ItemRow {
    private static final int TEXT_WIDTH = 740;

    enum Tone { OK, REFUSED, WORKING, ATTENTION, PLAIN }

    private ItemRow() {
    }

    static JComponent row(String name, Tone tone, String title, String status) {
        return row(name, tone, title, status, TEXT_WIDTH);
    }

    /** A row whose words wrap at {@code textWidth} (at scale 1), narrower to leave room for a button. */
    static JComponent row(String name, Tone tone, String title, String status, int textWidth) {
        int gap = Touch.gap();
        JPanel p = new JPanel(new BorderLayout(gap, 0));
        p.setName(name);
        p.setBackground(KioskTheme.color("Kiosk.card.background"));
        p.setBorder(Touch.cardBorder());
        Color color = color(tone);
        JLabel mark = new JLabel(tone == Tone.PLAIN ? null : new StatusIcon(shape(tone), color, 40));
        mark.setName(name + ".mark");
        p.add(mark, BorderLayout.WEST);
        JPanel words = Touch.panel(new BorderLayout());
        words.add(Touch.para(name + ".title", title, "itemTitle", textWidth), BorderLayout.NORTH);
        words.add(Touch.para(name + ".status", status, "status", textWidth, color), BorderLayout.CENTER);
        p.add(words, BorderLayout.CENTER);
        return p;
    }

    /** A row with a button at its end, for an item that waits for the visitor's answer. */
    static JComponent withAction(JComponent row, JComponent button) {
        JPanel end = Touch.panel(new GridBagLayout());
        end.add(button);
        row.add(end, BorderLayout.EAST);
        return row;
    }

    static Tone tone(ItemOutcome o) {
        return switch (o.result()) {
            case DONE, DONE_OFFLINE -> o.instruction() == ItemOutcome.Instruction.NONE ? Tone.OK : Tone.ATTENTION;
            case REFUSED -> Tone.REFUSED;
            case SEE_STAFF -> Tone.ATTENTION;
        };
    }

    /**
     * A scrolling list of rows, first row on top and in view when the list opens; a finger drags it,
     * and the scroll bar is wide enough for a finger too.
     */
    static JComponent list(String name, List<JComponent> rows, String emptyText) {
        int gap = Touch.gap();
        JPanel list = Touch.panel(new GridBagLayout());
        list.setName(name);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(0, 0, gap / 2, 0);
        if (rows.isEmpty()) {
            list.add(Touch.text(name + ".empty", emptyText, "subtitle", KioskTheme.color("Kiosk.working.foreground")), c);
        }
        rows.forEach(r -> list.add(r, c));
        c.weighty = 1;
        list.add(Touch.panel(new BorderLayout()), c);
        JScrollPane scroll = new JScrollPane(list, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.getVerticalScrollBar().setUnitIncrement(Touch.touchTarget());
        DragScroll.install(scroll);
        return scroll;
    }

    private static Color color(Tone tone) {
        return switch (tone) {
            case OK -> KioskTheme.color("Kiosk.ok.foreground");
            case REFUSED -> KioskTheme.color("Kiosk.refused.foreground");
            case WORKING -> KioskTheme.color("Kiosk.working.foreground");
            case ATTENTION -> KioskTheme.color("Kiosk.warning.border");
            case PLAIN -> KioskTheme.color("Label.foreground");
        };
    }

    private static StatusIcon.Shape shape(Tone tone) {
        return switch (tone) {
            case OK -> StatusIcon.Shape.DONE;
            case REFUSED -> StatusIcon.Shape.REFUSED;
            case WORKING -> StatusIcon.Shape.WORKING;
            case ATTENTION, PLAIN -> StatusIcon.Shape.ATTENTION;
        };
    }
}
