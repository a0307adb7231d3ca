package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Point;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JPanel;

/**
 * The technician's window, laid over the kiosk window at the same size: first the PIN on the keypad
 * (shown as dots, checked on a worker thread), then {@link DiagnosticsPanel}, from which the tag view
 * ({@link DiagnosticsTagsView}) and the journal view ({@link DiagnosticsJournalView}) open in its place.
 * Closing the window stops the tag view's polling and leaves the welcome screen as it was. Event thread only.
 */
final class DiagnosticsWindow {
    private static final int MAX_DIGITS = 12;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final JFrame owner;
    private final TechnicianAccess access;
    private final TechnicianTools tools;
    private final Work work;
    private final ZoneId zone;
    private final StringBuilder pin = new StringBuilder();
    private JDialog dialog;
    private JComponent panel;
    private DiagnosticsTagsView tags;
    private DiagnosticsJournalView journal;
    private Texts texts;
    private String message = "";
    private boolean checking;

    DiagnosticsWindow(JFrame owner, TechnicianAccess access, TechnicianTools tools, Work work, ZoneId zone) {
        this.owner = owner;
        this.access = access;
        this.tools = tools;
        this.work = work;
        this.zone = zone;
    }

    /** Opens the PIN screen in {@code language}; does nothing when it is already open. */
    void open(String language) {
        if (dialog != null) {
            return;
        }
        texts = Texts.of(language);
        pin.setLength(0);
        message = texts.get("diag.pin.prompt");
        dialog = new JDialog(owner);
        dialog.setName("diagnosticsWindow");
        dialog.setUndecorated(true);
        Component content = owner.getContentPane();
        Point at = content.getLocationOnScreen();
        dialog.setBounds(at.x, at.y, content.getWidth(), content.getHeight());
        showPin();
        dialog.setVisible(true);
    }

    /** Whether diagnostics covers the kiosk now (the PIN screen or the tools). */
    boolean isOpen() {
        return dialog != null;
    }

    /** The dialog while open, for tests and screenshots. */
    JDialog dialog() {
        return dialog;
    }

    void close() {
        pin.setLength(0);
        stopTags();
        stopJournal();
        panel = null;
        if (dialog != null) {
            dialog.dispose();
            dialog = null;
        }
    }

    private void showPin() {
        int gap = Touch.gap();
        JPanel root = new JPanel(new BorderLayout(gap, gap));
        root.setName("diag.pinScreen");
        root.setBorder(BorderFactory.createEmptyBorder(gap, gap * 2, gap, gap * 2));
        JPanel heading = Touch.panel(new BorderLayout(0, gap / 2));
        heading.add(Touch.text("diag.pin.title", texts.get("diag.pin.title"), "title"), BorderLayout.NORTH);
        heading.add(Touch.text("diag.pin.dots", dots(), "title"), BorderLayout.CENTER);
        heading.add(Touch.para("diag.pin.message", message, "body", 900), BorderLayout.SOUTH);
        root.add(heading, BorderLayout.NORTH);
        JPanel pad = Touch.panel(new FlowLayout(FlowLayout.CENTER, 0, 0));
        pad.add(Keypad.build(texts, "diag.pin.open", this::digit, this::delete, this::submit));
        root.add(pad, BorderLayout.CENTER);
        JPanel bottom = Touch.panel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        bottom.add(Touch.button("diag.back", texts.get("diag.back"), "secondary", this::close));
        root.add(bottom, BorderLayout.SOUTH);
        show(root);
    }

    private String dots() {
        return pin.length() == 0 ? " " : "\u25CF ".repeat(pin.length()).trim();
    }

    private void digit(int d) {
        if (!checking && pin.length() < MAX_DIGITS) {
            pin.append(d);
            showPin();
        }
    }

    private void delete() {
        if (!checking && pin.length() > 0) {
            pin.setLength(pin.length() - 1);
            showPin();
        }
    }

    private void submit() {
        if (checking || pin.length() == 0) {
            return;
        }
        checking = true;
        String typed = pin.toString();
        pin.setLength(0);
        message = texts.get("diag.pin.checking");
        showPin();
        work.lookup(() -> access.unlock(typed), this::answered, e -> {
            checking = false;
            message = texts.get("diag.failed");
            refreshPin();
        });
    }

    private void answered(TechnicianAccess.Answer answer) {
        checking = false;
        if (dialog == null) {
            return;
        }
        switch (answer.outcome()) {
            case OPEN -> {
                panel = new DiagnosticsPanel(texts, tools, work, this::close, this::restart, this::showTags,
                        this::showJournal).build();
                show(panel);
                return;
            }
            case WRONG -> message = texts.get("diag.pin.wrong", answer.triesLeft());
            case LOCKED -> message = texts.get("diag.pin.locked", CLOCK.format(answer.lockedUntil().atZone(zone)));
            case NOT_CONFIGURED -> message = texts.get("diag.pin.notConfigured");
        }
        refreshPin();
    }

    private void refreshPin() {
        if (dialog != null) {
            showPin();
        }
    }

    private void showTags() {
        stopTags();
        tags = new DiagnosticsTagsView(texts, tools, work, this::hideTags);
        show(tags.build());
        tags.start();
    }

    private void hideTags() {
        stopTags();
        if (dialog != null && panel != null) {
            show(panel);
        }
    }

    private void stopTags() {
        if (tags != null) {
            tags.stop();
            tags = null;
        }
    }

    private void showJournal() {
        stopJournal();
        journal = new DiagnosticsJournalView(texts, tools, work, zone, this::hideJournal);
        show(journal.build());
        journal.start();
    }

    private void hideJournal() {
        stopJournal();
        if (dialog != null && panel != null) {
            show(panel);
        }
    }

    private void stopJournal() {
        if (journal != null) {
            journal.stop();
            journal = null;
        }
    }

    private void restart() {
        close();
        owner.dispose();
    }

    private void show(JComponent view) {
        dialog.setContentPane(view);
        dialog.getContentPane().revalidate();
        dialog.repaint();
    }
}
