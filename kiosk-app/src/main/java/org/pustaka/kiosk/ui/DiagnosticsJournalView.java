package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.time.ZoneId;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import org.pustaka.kiosk.store.JournalEntry;

/**
 * The technician's journal view, read-only: the newest {@link #MAX_ENTRIES} circulation journal entries
 * read once through {@link TechnicianTools#journal} on a worker thread, and a toggle that narrows the list
 * to what needs staff without reading again. The rows come from {@link DiagnosticsJournalRows}; this
 * class only lays out and shows them. Event thread only.
 */
final class DiagnosticsJournalView {
    static final int MAX_ENTRIES = 50;

    private final Texts t;
    private final TechnicianTools tools;
    private final Work work;
    private final Runnable back;
    private final DiagnosticsJournalRows rows;
    private final JLabel status = new JLabel(" ");
    private final JTextArea list = new JTextArea();
    private JToggleButton staffOnly;
    private List<JournalEntry> entries = List.of();
    private boolean open;

    DiagnosticsJournalView(Texts t, TechnicianTools tools, Work work, ZoneId zone, Runnable back) {
        this.t = t;
        this.tools = tools;
        this.work = work;
        this.back = back;
        this.rows = new DiagnosticsJournalRows(t, zone);
    }

    JComponent build() {
        int gap = Touch.gap();
        JPanel root = new JPanel(new BorderLayout(0, gap / 2));
        root.setName("diag.journal.screen");
        root.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        JPanel top = Touch.panel(new GridLayout(0, 1));
        top.add(Touch.text("diag.journal.title", t.get("diag.journal.title"), "title"));
        status.setName("diag.journal.status");
        status.setText(t.get("diag.journal.loading"));
        top.add(status);
        root.add(top, BorderLayout.NORTH);

        list.setName("diag.journal.rows");
        list.setEditable(false);
        list.setFocusable(false);
        list.setFont(new Font(Font.MONOSPACED, Font.PLAIN, UIScale.scale(13)));
        JScrollPane scroll = new JScrollPane(list);
        // a finger-wide scroll bar: there is no mouse wheel on a kiosk
        scroll.getVerticalScrollBar().setPreferredSize(new Dimension(Touch.touchTarget() / 2, 0));
        root.add(scroll, BorderLayout.CENTER);

        JPanel buttons = Touch.panel(new GridLayout(1, 2, gap / 2, 0));
        buttons.add(Touch.button("diag.journal.back", t.get("diag.back"), "secondary", this::close));
        staffOnly = Touch.toggle("diag.journal.staffOnly", t.get("diag.journal.staffOnly"), false, "secondary",
                this::show);
        staffOnly.setEnabled(false);
        buttons.add(staffOnly);
        root.add(buttons, BorderLayout.SOUTH);
        return root;
    }

    /** Reads the journal on a worker thread and shows it, unless the view was closed meanwhile. */
    void start() {
        open = true;
        work.lookup(() -> tools.journal(MAX_ENTRIES), read -> {
            if (open) {
                entries = List.copyOf(read);
                staffOnly.setEnabled(true);
                show();
            }
        }, e -> {
            if (open) {
                status.setText(t.get("diag.failed"));
            }
        });
    }

    void stop() {
        open = false;
    }

    private void show() {
        List<DiagnosticsJournalRows.Row> shown = rows.rows(entries, staffOnly.isSelected());
        status.setText(rows.status(shown.size(), entries.size()));
        list.setText(rows.text(shown));
        list.setCaretPosition(0);
    }

    private void close() {
        stop();
        back.run();
    }
}
