package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BorderLayout;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.WindowConstants;

/**
 * The demo's "simulated devices" window: lay any part of any demo item on the pad or take it off, scan
 * a demo card, run the printer out of paper, cut the library system or the central catalog. Every
 * action runs on a worker thread through {@link SimulatedDevices}; the kiosk then reacts exactly as it
 * would to the real devices. At its top it shows what the kiosk's lights, buzzer and printer just did
 * ({@link DevicesOutput}). It stays above the kiosk window and diagnostics, so a technician can lay tags
 * on the pad while diagnostics is open.
 *
 * <p>It is placed by {@link DevicesPlacement}: beside the kiosk window when the screen has room, else
 * docked at the screen's right edge as a thin tab that opens into a narrower panel and closes again, so
 * by default it never hides what a visitor touches.
 */
final class DevicesWindow extends JFrame {
    private static final int TAB_WIDTH = 28;
    private final SimulatedDevices devices;
    private final Work work;
    private final Texts texts;
    private final JFrame kiosk;
    private final DevicesOutput output;
    private DevicesPlacement placement;
    private JScrollPane controls;
    private boolean collapsed;

    DevicesWindow(SimulatedDevices devices, Work work, Texts texts, JFrame kiosk, DeviceEcho echo) {
        super(texts.get("devices.title"));
        this.devices = devices;
        this.work = work;
        this.texts = texts;
        this.kiosk = kiosk;
        this.output = new DevicesOutput(texts, echo);
        setName("devicesWindow");
        setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    }

    /** Brings the window above the technician's diagnostics, which covers the kiosk window. */
    void keepInFront() {
        if (isShowing()) {
            setAlwaysOnTop(true);
            toFront();
        }
    }

    /** Asks the simulators for the demo catalog (off the event thread), then shows the window. */
    void open() {
        work.lookup(devices::catalog, catalog -> {
            controls = content(catalog);
            placement = DevicesPlacement.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds(),
                    kiosk.getBounds(), new DevicesPlacement.Sizes(UIScale.scale(520), UIScale.scale(300),
                            UIScale.scale(TAB_WIDTH), tabHeight()));
            if (placement.docked() && !isDisplayable()) {
                // a docked tab is thinner than any title bar
                setUndecorated(true);
            }
            // above the kiosk window and the technician's diagnostics, which covers it
            setAlwaysOnTop(true);
            if (placement.docked()) {
                collapse();
            } else {
                setContentPane(controls);
                setBounds(placement.expanded());
            }
            setVisible(true);
        }, e -> { });
    }

    /** Docked only: the panel opens over the kiosk's right side, with a button to close it again. */
    void expand() {
        JPanel open = new JPanel(new BorderLayout());
        JButton close = Touch.button("devices.collapse", texts.get("devices.collapse"), "secondary", this::collapse);
        open.add(close, BorderLayout.NORTH);
        open.add(controls, BorderLayout.CENTER);
        setContentPane(open);
        collapsed = false;
        setBounds(placement.expanded());
        revalidate();
        repaint();
    }

    /** Docked only: a thin tab at the screen's edge, in the kiosk screens' empty margin. */
    void collapse() {
        StringBuilder html = new StringBuilder("<html><center>&#9664;");
        for (char c : texts.get("devices.tab").toCharArray()) {
            html.append("<br>").append(c);
        }
        JButton tab = new JButton(html.append("</center></html>").toString());
        tab.setName("devices.expand");
        tab.setToolTipText(texts.get("devices.title"));
        tab.setMargin(new Insets(0, 0, 0, 0));
        tab.addActionListener(e -> expand());
        setContentPane(tab);
        collapsed = true;
        setBounds(placement.collapsed());
        revalidate();
        repaint();
    }

    /** Tall enough for the tab's word written downwards, one letter a line, and its arrow. */
    private int tabHeight() {
        JButton probe = new JButton("W");
        int line = probe.getFontMetrics(probe.getFont()).getHeight();
        return (texts.get("devices.tab").length() + 2) * line + UIScale.scale(16);
    }

    /** True while docked and showing only its tab. */
    boolean collapsed() {
        return collapsed;
    }

    private JScrollPane content(DemoCatalog catalog) {
        int gap = Touch.gap() / 2;
        JPanel p = new JPanel(new GridLayout(0, 1, 0, gap));
        p.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        p.add(Touch.text("devices.padHeading", texts.get("devices.pad"), "itemTitle"));
        for (DemoItem item : catalog.items()) {
            for (int part = 1; part <= item.parts(); part++) {
                int k = part;
                String label = item.itemId() + "  " + item.title()
                        + (item.parts() > 1 ? "  (" + texts.get("devices.part", part, item.parts()) + ")" : "");
                JToggleButton[] b = new JToggleButton[1];
                b[0] = Touch.toggle("pad." + item.itemId() + "." + part, label, false, "choice",
                        () -> {
                            boolean on = b[0].isSelected();
                            act(() -> devices.pad(item, k, on));
                        });
                wrapped(b[0], label);
                p.add(b[0]);
            }
        }
        p.add(Touch.text("devices.cardsHeading", texts.get("devices.cards"), "itemTitle"));
        for (DemoCard card : catalog.cards()) {
            String label = card.cardNumber() + "  " + card.description();
            JButton b = Touch.button("card." + card.cardNumber(), label, "secondary",
                    () -> act(() -> devices.scanCard(card.cardNumber())));
            wrapped(b, label);
            p.add(b);
        }
        p.add(Touch.text("devices.faultsHeading", texts.get("devices.faults"), "itemTitle"));
        p.add(fault("fault.paperOut", "devices.paperOut", on -> devices.paperOut(on)));
        p.add(fault("fault.libraryOffline", "devices.libraryOffline", on -> devices.offline(SimulatedLink.LIBRARY_SYSTEM, on)));
        p.add(fault("fault.catalogOffline", "devices.catalogOffline", on -> devices.offline(SimulatedLink.CENTRAL_CATALOG, on)));
        JPanel top = new JPanel(new BorderLayout());
        top.add(output.panel(), BorderLayout.NORTH);
        top.add(p, BorderLayout.CENTER);
        JScrollPane scroll = new JScrollPane(top);
        scroll.getVerticalScrollBar().setUnitIncrement(Touch.touchTarget());
        return scroll;
    }

    private JToggleButton fault(String name, String key, java.util.function.Consumer<Boolean> action) {
        JToggleButton[] b = new JToggleButton[1];
        b[0] = Touch.toggle(name, texts.get(key), false, "choice", () -> {
            boolean on = b[0].isSelected();
            act(() -> action.accept(on));
        });
        wrapped(b[0], texts.get(key));
        return b[0];
    }

    /** A narrow window sets a long label on two lines, left-aligned, instead of cutting it. */
    private static void wrapped(javax.swing.AbstractButton b, String label) {
        b.setHorizontalAlignment(javax.swing.SwingConstants.LEFT);
        b.setPreferredSize(null);
        ActivityTile.wrapOnResize(b, label);
    }

    private void act(Runnable action) {
        work.lookup(action);
    }
}
