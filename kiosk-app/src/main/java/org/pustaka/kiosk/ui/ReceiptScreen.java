package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.PrinterStatus;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.kiosk.session.SessionEvent;

/**
 * Printed receipt or none. The printer's status is asked first (off the event thread): a printer that
 * cannot print is said so before the visitor chooses, and only "continue without a receipt" is offered.
 * Once printed, the screen says to take the receipt and waits for "continue", so nobody walks off
 * without it.
 */
final class ReceiptScreen extends Screen {

    private enum Stage { CHECKING, READY, CANNOT_PRINT, PRINTING, PRINTED, FAILED }

    private Stage stage = Stage.CHECKING;

    ReceiptScreen(KioskContext kiosk) {
        super(kiosk);
    }

    @Override
    String id() {
        return "receipt";
    }

    @Override
    void opened() {
        circulation(() -> kiosk.devices().printer().status(), (PrinterStatus s) -> {
            stage = s.canPrint() ? Stage.READY : Stage.CANNOT_PRINT;
            refresh();
        }, e -> {
            stage = Stage.CANNOT_PRINT;
            refresh();
        });
    }

    @Override
    JComponent build(Texts t) {
        int gap = Touch.gap();
        JPanel root = Touch.screenRoot(gap, gap * 2);
        root.add(Touch.text("receipt.title", t.get("receipt.title"), "title"), BorderLayout.NORTH);
        String message = switch (stage) {
            case CHECKING -> t.get("receipt.checking");
            case READY -> t.get("receipt.prompt");
            case CANNOT_PRINT -> t.get("receipt.cannotPrint");
            case PRINTING -> t.get("receipt.printing");
            case PRINTED -> t.get("receipt.take");
            case FAILED -> t.get("receipt.failed");
        };
        JPanel middle = Touch.panel(new BorderLayout(0, gap * 2));
        boolean trouble = stage == Stage.CANNOT_PRINT || stage == Stage.FAILED;
        var icon = trouble ? new StatusIcon(StatusIcon.Shape.ATTENTION, KioskTheme.color("Kiosk.warning.border"), 48)
                : stage == Stage.PRINTED ? new StatusIcon(StatusIcon.Shape.DONE, KioskTheme.color("Kiosk.ok.foreground"), 48) : null;
        middle.add(Touch.notice("receipt.message", icon, message, "subtitle", 860, KioskTheme.color("Label.foreground")),
                BorderLayout.NORTH);
        JPanel choices = Touch.panel(new FlowLayout(FlowLayout.CENTER, gap * 2, 0));
        if (stage == Stage.READY) {
            choices.add(big(Touch.button("receipt.print", t.get("receipt.print"), "primary", this::print)));
            choices.add(big(Touch.button("receipt.none", t.get("receipt.none"), "secondary", () -> choose(false))));
        } else if (stage == Stage.PRINTED) {
            choices.add(big(Touch.button("receipt.next", t.get("receipt.next"), "primary", () -> choose(true))));
        } else if (trouble) {
            choices.add(big(Touch.button("receipt.none", t.get("receipt.continue"), "primary", () -> choose(false))));
        }
        middle.add(choices, BorderLayout.CENTER);
        root.add(middle, BorderLayout.CENTER);
        return root;
    }

    private static JComponent big(javax.swing.JButton b) {
        var pref = b.getPreferredSize();
        b.setPreferredSize(new java.awt.Dimension(Math.max(pref.width, com.formdev.flatlaf.util.UIScale.scale(300)),
                com.formdev.flatlaf.util.UIScale.scale(110)));
        return b;
    }

    private void print() {
        stage = Stage.PRINTING;
        kiosk.cue(BuzzerCue.KEY, LightPattern.BUSY);
        Receipt receipt = kiosk.receipts().compose(kiosk.visit().record(kiosk.today()), kiosk.texts().language());
        circulation(() -> {
            kiosk.devices().printer().print(receipt);
            return Boolean.TRUE;
        }, ok -> {
            // the visitor is told where the paper is before the kiosk moves on
            stage = Stage.PRINTED;
            kiosk.cue(BuzzerCue.ACCEPT, LightPattern.READY);
            refresh();
        }, e -> {
            stage = Stage.FAILED;
            kiosk.cue(BuzzerCue.ATTENTION, LightPattern.ATTENTION);
            refresh();
        });
        refresh();
    }

    private void choose(boolean printed) {
        kiosk.fire(new SessionEvent.ReceiptChosen(printed));
    }
}
