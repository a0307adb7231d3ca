package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import org.pustaka.kiosk.diagnostics.PadScan;
import org.pustaka.kiosk.diagnostics.TagOrder;
import org.pustaka.kiosk.diagnostics.TechnicianText;
import org.pustaka.kiosk.ui.TouchKeyboard;

/**
 * The technician's tag view: the tags on the pad, scanned about twice a second on the view's own thread
 * while it is open, and a form that writes a tag for a book through {@link TechnicianTools#writeTag} on a
 * worker thread. The decoding, the checks and the write live in the diagnostics package; this class only
 * lays out, forwards taps and shows results on the event thread. {@link #stop} ends the polling.
 */
final class DiagnosticsTagsView {
    static final long POLL_MILLIS = 500;

    private final Texts t;
    private final TechnicianTools tools;
    private final Work work;
    private final Runnable back;
    private final DiagnosticsTagRows rows;
    private final TouchKeyboard keyboard = new TouchKeyboard();
    private final JLabel status = new JLabel(" ");
    private final JTextArea list = new JTextArea();
    private final JComboBox<String> target = new JComboBox<>();
    private final JTextField itemId = Touch.field("diag.tags.itemId", keyboard, TouchKeyboard.Mode.UPPER, 16);
    private final JTextField part = Touch.field("diag.tags.part", keyboard, TouchKeyboard.Mode.UPPER, 3);
    private final JTextField parts = Touch.field("diag.tags.parts", keyboard, TouchKeyboard.Mode.UPPER, 3);
    private final JTextField country = Touch.field("diag.tags.country", keyboard, TouchKeyboard.Mode.UPPER, 2);
    private final JTextField isil = Touch.field("diag.tags.isil", keyboard, TouchKeyboard.Mode.UPPER, 9);
    private JToggleButton onLoan;
    private JToggleButton reprogram;
    private JButton write;
    private JTextArea result;
    private ScheduledExecutorService poller;
    private String lastRows = "";

    DiagnosticsTagsView(Texts t, TechnicianTools tools, Work work, Runnable back) {
        this.t = t;
        this.tools = tools;
        this.work = work;
        this.back = back;
        this.rows = new DiagnosticsTagRows(t);
    }

    JComponent build() {
        int gap = Touch.gap();
        JPanel root = new JPanel(new GridLayout(1, 2, gap, 0));
        root.setName("diag.tags.screen");
        root.setBorder(javax.swing.BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        root.add(listSide(gap));
        root.add(formSide(gap));
        TagOrder start = tools.newTagOrder();
        part.setText("1");
        parts.setText("1");
        country.setText(start.country());
        isil.setText(start.isil());
        keyboard.typeInto(itemId, TouchKeyboard.Mode.UPPER, 16);
        return root;
    }

    private JComponent listSide(int gap) {
        JPanel side = Touch.panel(new BorderLayout(0, gap / 2));
        JPanel top = Touch.panel(new GridLayout(0, 1));
        top.add(Touch.text("diag.tags.title", t.get("diag.tags.title"), "title"));
        status.setName("diag.tags.status");
        top.add(status);
        side.add(top, BorderLayout.NORTH);
        list.setName("diag.tags.rows");
        list.setEditable(false);
        list.setFocusable(false);
        list.setFont(new Font(Font.MONOSPACED, Font.PLAIN, UIScale.scale(13)));
        JScrollPane scroll = new JScrollPane(list);
        scroll.getVerticalScrollBar().setPreferredSize(new Dimension(Touch.touchTarget() / 2, 0));
        side.add(scroll, BorderLayout.CENTER);
        JPanel bottom = Touch.panel(new BorderLayout(0, gap / 2));
        result = new JTextArea(t.get("diag.tags.hint"), 4, 20);
        result.setName("diag.tags.result");
        result.setEditable(false);
        result.setFocusable(false);
        result.setOpaque(false);
        result.setLineWrap(true);
        result.setWrapStyleWord(true);
        bottom.add(result, BorderLayout.CENTER);
        JPanel buttons = Touch.panel(new GridLayout(1, 2, gap / 2, 0));
        buttons.add(Touch.button("diag.tags.back", t.get("diag.back"), "secondary", this::close));
        write = Touch.button("diag.tags.write", t.get("diag.tags.write"), "primary", this::write);
        buttons.add(write);
        bottom.add(buttons, BorderLayout.SOUTH);
        side.add(bottom, BorderLayout.SOUTH);
        return side;
    }

    private JComponent formSide(int gap) {
        JPanel side = Touch.panel(new BorderLayout(0, gap / 2));
        JPanel form = Touch.panel(new GridLayout(0, 1, 0, gap / 3));
        target.setName("diag.tags.target");
        target.setModel(new DefaultComboBoxModel<>(new String[] {t.get("diag.tags.auto")}));
        form.add(row(new JLabel(t.get("diag.tags.target")), target));
        form.add(row(new JLabel(t.get("diag.tags.itemId")), itemId));
        JPanel numbers = Touch.panel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, gap / 3, 0));
        numbers.add(narrow(part, 48));
        numbers.add(new JLabel(t.get("diag.tags.of")));
        numbers.add(narrow(parts, 48));
        form.add(row(new JLabel(t.get("diag.tags.part")), numbers));
        JPanel owner = Touch.panel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, gap / 3, 0));
        owner.add(narrow(country, 48));
        owner.add(new JLabel(t.get("diag.tags.isil")));
        owner.add(narrow(isil, 120));
        form.add(row(new JLabel(t.get("diag.tags.country")), owner));
        JPanel choices = Touch.panel(new GridLayout(1, 0, gap / 3, 0));
        JToggleButton inStock = small(Touch.toggle("diag.tags.inStock", t.get("diag.tags.inStock"), true,
                "secondary", () -> { }));
        onLoan = small(Touch.toggle("diag.tags.onLoan", t.get("diag.tags.onLoan"), false, "secondary", () -> { }));
        ButtonGroup security = new ButtonGroup();
        security.add(inStock);
        security.add(onLoan);
        reprogram = small(Touch.toggle("diag.tags.reprogram", t.get("diag.tags.reprogram"), false, "secondary",
                () -> { }));
        choices.add(inStock);
        choices.add(onLoan);
        choices.add(reprogram);
        form.add(choices);
        side.add(form, BorderLayout.CENTER);
        side.add(keyboard, BorderLayout.SOUTH);
        return side;
    }

    private static JComponent narrow(JTextField field, int width) {
        field.setPreferredSize(new Dimension(UIScale.scale(width), field.getPreferredSize().height));
        field.setMinimumSize(field.getPreferredSize());
        return field;
    }

    /** The toggles carry longer words than the screen's buttons; a smaller face keeps them whole. */
    private static JToggleButton small(JToggleButton b) {
        b.setFont(b.getFont().deriveFont((float) UIScale.scale(15)));
        b.setMargin(new java.awt.Insets(0, 2, 0, 2));
        return b;
    }

    private static JComponent row(JComponent label, JComponent field) {
        JPanel p = Touch.panel(new BorderLayout(Touch.gap() / 2, 0));
        label.setPreferredSize(new Dimension(UIScale.scale(110), label.getPreferredSize().height));
        p.add(label, BorderLayout.WEST);
        p.add(field, BorderLayout.CENTER);
        return p;
    }

    /** Starts scanning the pad, first at once, then every {@link #POLL_MILLIS} after the last scan ended. */
    void start() {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "diag-tags");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::scan, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops scanning; a scan under way finishes but is not shown. It is not interrupted: the reader is
     * shared with the visitor's pad, and a command cut off halfway could leave half an answer on the line.
     * Event thread.
     */
    void stop() {
        if (poller != null) {
            poller.shutdown();
            poller = null;
        }
    }

    private void scan() {
        PadScan scan;
        try {
            scan = tools.tagsOnPad();
        } catch (RuntimeException e) {
            scan = new PadScan(List.of(), TechnicianText.of("tags.scanFailed"));
        }
        PadScan seen = scan;
        SwingUtilities.invokeLater(() -> show(seen));
    }

    private void show(PadScan scan) {
        if (poller == null) {
            return;
        }
        status.setText(rows.status(scan));
        String text = rows.rows(scan);
        if (!text.equals(lastRows)) {
            // only on change, so the list does not jump back to the top twice a second
            lastRows = text;
            list.setText(text);
            list.setCaretPosition(0);
        }
        Object picked = target.getSelectedItem();
        String[] choices = new String[scan.tags().size() + 1];
        choices[0] = t.get("diag.tags.auto");
        for (int i = 0; i < scan.tags().size(); i++) {
            choices[i + 1] = scan.tags().get(i).uid();
        }
        if (!List.of(choices).equals(items())) {
            target.setModel(new DefaultComboBoxModel<>(choices));
            target.setSelectedItem(List.of(choices).contains(picked) ? picked : choices[0]);
        }
    }

    private List<String> items() {
        String[] now = new String[target.getItemCount()];
        for (int i = 0; i < now.length; i++) {
            now[i] = target.getItemAt(i);
        }
        return List.of(now);
    }

    private void write() {
        String uid = target.getSelectedIndex() <= 0 ? "" : Objects.toString(target.getSelectedItem(), "");
        TagOrder order = new TagOrder(uid, itemId.getText(), number(parts), number(part), country.getText(),
                isil.getText(), onLoan.isSelected(), reprogram.isSelected());
        write.setEnabled(false);
        result.setText(t.get("diag.tags.writing"));
        work.lookup(() -> tools.writeTag(order), done -> {
            write.setEnabled(true);
            result.setText(done.sentence().in(t.language()));
        }, e -> {
            write.setEnabled(true);
            result.setText(t.get("diag.failed"));
        });
    }

    private static int number(JTextField field) {
        try {
            return Integer.parseInt(field.getText().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void close() {
        stop();
        back.run();
    }
}
