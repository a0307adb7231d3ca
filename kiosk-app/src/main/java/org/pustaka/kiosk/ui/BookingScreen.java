package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.kiosk.session.Activity;
import org.pustaka.kiosk.session.SessionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts one of the event or school-visit panels for the length of the state. The printer is asked
 * first (off the event thread) so a kiosk without paper offers no ticket; then the panel is built once
 * per language and keeps its page and typed fields across theme changes. Desk calls run on the
 * kiosk's look-up threads: they may wait on the central catalog, and must never delay a loan.
 */
abstract class BookingScreen<P extends JComponent> extends Screen {
    private static final Logger log = LoggerFactory.getLogger(BookingScreen.class);

    private final Map<String, P> panels = new HashMap<>();
    private final Map<String, LookAndFeel> looks = new HashMap<>();
    private Boolean printable;
    private boolean warming;
    private boolean failed;

    private final Activity activity;
    private final String id;
    private final Consumer<P> opener;

    /**
     * {@code activity} is the tile this screen belongs to (its title when the desk fails), {@code id} the
     * screen's name, and {@code opener} loads what a panel shows first.
     */
    BookingScreen(KioskContext kiosk, Activity activity, String id, Consumer<P> opener) {
        super(kiosk);
        this.activity = activity;
        this.id = id;
        this.opener = opener;
    }

    /** A new panel in the language of {@code t}; {@code printable} says whether to offer a ticket or slip. */
    abstract P create(Texts t, Executor worker, boolean printable);

    /** Loads what the panel shows first. */
    void load(P panel) {
        opener.accept(panel);
    }

    /** The tile this screen belongs to, for its title when the desk fails. */
    Activity activity() {
        return activity;
    }

    @Override
    String id() {
        return id;
    }

    /**
     * For {@link WarmUp}: builds the real panel, which loads nothing, so its classes and glyphs are ready
     * before the first visitor taps the tile.
     */
    BookingScreen<P> forWarmUp() {
        warming = true;
        printable = false;
        return this;
    }

    @Override
    void opened() {
        circulation(() -> kiosk.devices().printer().status().canPrint(), ok -> {
            printable = ok;
            refresh();
        }, e -> {
            printable = false;
            refresh();
        });
    }

    @Override
    JComponent build(Texts t) {
        int gap = Touch.gap();
        JComponent root = Touch.panel(new BorderLayout());
        if (failed) {
            return failure(t);
        }
        if (printable == null) {
            root.setBorder(BorderFactory.createEmptyBorder(gap, gap * 2, gap, gap * 2));
            root.add(Touch.text(id() + ".loading", t.get("loading"), "subtitle"), BorderLayout.NORTH);
            return root;
        }
        String language = t.language();
        P panel = panels.get(language);
        if (panel == null) {
            panel = create(Texts.of(language),
                    this::onWorker, printable);
            BookingLook.apply(panel);
            panels.put(language, panel);
            looks.put(language, UIManager.getLookAndFeel());
            if (!warming) {
                load(panel);
            }
        } else if (looks.get(language) != UIManager.getLookAndFeel()) {
            // a panel of the other language missed the theme change while it was not showing
            SwingUtilities.updateComponentTreeUI(panel);
            looks.put(language, UIManager.getLookAndFeel());
        }
        root.add(panel, BorderLayout.CENTER);
        return root;
    }

    /** For the panel's "recorded" hook: the visit now has something to show on its receipt. */
    void recorded() {
        if (isOpen()) {
            kiosk.fire(new SessionEvent.TransactionRecorded());
        }
    }

    /** For the panel's exit button. */
    void exit() {
        if (isOpen()) {
            kiosk.fire(new SessionEvent.ActivityDone());
        }
    }

    /**
     * Prints on the device thread, once the printer says it can; the visitor has already left the answer
     * page, so a failure is only signalled by sound and light and logged.
     */
    void print(Callable<Receipt> receipt) {
        kiosk.cue(BuzzerCue.KEY, null);
        kiosk.work().circulation(() -> {
            ReceiptPrinter printer = kiosk.devices().printer();
            if (!printer.status().canPrint()) {
                return false;
            }
            printer.print(receipt.call());
            return true;
        }, printed -> {
            if (!printed) {
                log.warn("The {} was not printed: the printer cannot print now", id());
                kiosk.cue(BuzzerCue.ATTENTION, null);
            }
        }, e -> kiosk.cue(BuzzerCue.ATTENTION, LightPattern.ATTENTION));
    }

    /**
     * Runs a panel's desk call; when the local database fails the panel would wait for ever, so the
     * screen says what happened instead and offers only the way out.
     */
    private void onWorker(Runnable job) {
        kiosk.work().lookup(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("The {} desk failed: {}", id(), e.toString(), e);
                SwingUtilities.invokeLater(() -> {
                    failed = true;
                    kiosk.cue(BuzzerCue.ATTENTION, LightPattern.ATTENTION);
                    refresh();
                });
            }
        });
    }

    private JComponent failure(Texts t) {
        int gap = Touch.gap();
        JPanel root = Touch.screenRoot(gap, gap * 2);
        root.add(Touch.text(id() + ".title", t.get("activity." + activity().name()), "title"), BorderLayout.NORTH);
        root.add(Touch.notice(id() + ".failed", new StatusIcon(StatusIcon.Shape.ATTENTION,
                KioskTheme.color("Kiosk.warning.border"), 48), t.get("bookings.failed"), "subtitle", 800,
                KioskTheme.color("Label.foreground")), BorderLayout.CENTER);
        JPanel bottom = Touch.panel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        bottom.add(Touch.button(id() + ".done", t.get("done"), "primary", this::exit));
        root.add(bottom, BorderLayout.SOUTH);
        return root;
    }
}
