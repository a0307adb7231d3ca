package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * The diagnostics screen: a column of touch buttons, one per action, and an output area showing the
 * last action's result. Each action runs on a worker thread; the area says "working" meanwhile. Event thread only.
 */
final class DiagnosticsPanel {
    static final int LOG_LINES = 200;

    private final Texts t;
    private final TechnicianTools tools;
    private final Work work;
    private final Runnable back;
    private final Runnable restart;
    private final Runnable tags;
    private final Runnable journal;
    private final JTextArea output = new JTextArea();

    /** {@code tags} and {@code journal} open the tag view and the journal view in the window's place. */
    DiagnosticsPanel(Texts t, TechnicianTools tools, Work work, Runnable back, Runnable restart, Runnable tags,
                     Runnable journal) {
        this.t = t;
        this.tools = tools;
        this.work = work;
        this.back = back;
        this.restart = restart;
        this.tags = tags;
        this.journal = journal;
    }

    JComponent build() {
        int gap = Touch.gap();
        JPanel root = new JPanel(new BorderLayout(gap, gap));
        root.setName("diag.screen");
        root.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        root.add(Touch.text("diag.title", t.get("diag.title"), "title"), BorderLayout.NORTH);

        JPanel buttons = Touch.panel(new GridLayout(0, 1, 0, gap / 3));
        buttons.add(action("diag.selfTests", () -> checks(tools.selfTests(t.language()))));
        buttons.add(action("diag.printer", () -> tools.test(TechnicianTools.Device.PRINTER, t.language())));
        buttons.add(action("diag.lights", () -> tools.test(TechnicianTools.Device.LIGHTS_AND_BUZZER, t.language())));
        buttons.add(Touch.button("diag.tags", t.get("diag.tags"), "secondary", tags));
        buttons.add(action("diag.queue", () -> queue(tools.queue())));
        buttons.add(action("diag.retry", tools::retryNow));
        buttons.add(action("diag.card", () -> tools.lastCard(t.language())));
        buttons.add(Touch.button("diag.journal", t.get("diag.journal"), "secondary", journal));
        buttons.add(action("diag.log", () -> String.join("\n", tools.read(TechnicianTools.Document.LOG, LOG_LINES, t.language()))));
        buttons.add(action("diag.config", () -> String.join("\n", tools.read(TechnicianTools.Document.CONFIG, 0, t.language()))));
        buttons.add(Touch.button("diag.restart", t.get("diag.restart"), "secondary", this::restart));
        buttons.add(Touch.button("diag.close", t.get("diag.back"), "primary", back));
        root.add(buttons, BorderLayout.WEST);

        output.setName("diag.output");
        output.setEditable(false);
        output.setFocusable(false);
        output.setLineWrap(true);
        output.setWrapStyleWord(true);
        output.setFont(new Font(Font.MONOSPACED, Font.PLAIN, UIScale.scale(14)));
        output.setText(t.get("diag.hint"));
        JScrollPane scroll = new JScrollPane(output);
        scroll.setName("diag.scroll");
        // a finger-wide scroll bar: there is no mouse wheel on a kiosk
        scroll.getVerticalScrollBar().setPreferredSize(new java.awt.Dimension(Touch.touchTarget() / 2, 0));
        root.add(scroll, BorderLayout.CENTER);
        return root;
    }

    private JComponent action(String key, Callable<String> job) {
        return Touch.button(key, t.get(key), "secondary", () -> {
            output.setText(t.get("diag.working"));
            work.lookup(job, text -> {
                output.setText(text.isBlank() ? t.get("diag.empty") : text);
                output.setCaretPosition(0);
            }, e -> output.setText(t.get("diag.failed")));
        });
    }

    private void restart() {
        output.setText(t.get("diag.restarting"));
        work.lookup(() -> {
            tools.restarting();
            return true;
        }, done -> restart.run(), e -> restart.run());
    }

    private String checks(List<TechnicianTools.Check> checks) {
        List<String> lines = new ArrayList<>();
        for (TechnicianTools.Check c : checks) {
            lines.add(String.format("%-5s %-8s %5d ms  %s", c.ok() ? t.get("diag.ok") : t.get("diag.fail"), c.name(),
                    c.millis(), c.detail()));
        }
        return String.join("\n", lines);
    }

    private String queue(TechnicianTools.Queue q) {
        List<String> lines = new ArrayList<>();
        lines.add(t.get("diag.queue.outbox", q.outboxDepth()));
        lines.add(t.get("diag.queue.flagged", q.flagged().size()));
        q.flagged().forEach(f -> lines.add("  " + f));
        return String.join("\n", lines);
    }
}
