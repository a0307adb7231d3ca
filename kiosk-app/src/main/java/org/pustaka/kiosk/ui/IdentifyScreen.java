package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.kiosk.circulation.IdentifyResult;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.session.SessionEvent;

/**
 * Who is visiting: a card scanned or tapped, or the member number typed on the keypad, then the PIN
 * (masked). The check runs on the circulation thread; a refusal stays on this screen, in words, so
 * the visitor can try again.
 */
final class IdentifyScreen extends Screen {
    private static final int MAX_NUMBER = 20;
    private static final int MAX_PIN = 8;
    private static final String PIN_DOT = "\u25CF ";

    private enum Mode { NUMBER, PIN, CHECKING }

    private Mode mode = Mode.NUMBER;
    private final StringBuilder number = new StringBuilder();
    private final StringBuilder pin = new StringBuilder();
    private Refusal refusal;
    private String cardSentence;

    IdentifyScreen(KioskContext kiosk, String scannedCard) {
        super(kiosk);
        if (scannedCard != null) {
            number.append(scannedCard);
            mode = Mode.PIN;
        }
    }

    @Override
    String id() {
        return "identify";
    }

    @Override
    void opened() {
        if (mode == Mode.PIN && !kiosk.config().session().pinRequired()) {
            check();
        }
    }

    @Override
    boolean cardPresented(String cardNumber) {
        if (mode == Mode.CHECKING) {
            return true;
        }
        // a card scanned while a PIN is being typed starts over: the typed PIN never goes with another card
        cardSentence = mode == Mode.PIN && pin.length() > 0 && !cardNumber.contentEquals(number)
                ? "identify.cardDuringPin" : null;
        number.setLength(0);
        number.append(cardNumber);
        pin.setLength(0);
        refusal = null;
        mode = Mode.PIN;
        if (!kiosk.config().session().pinRequired()) {
            check();
        }
        refresh();
        return true;
    }

    @Override
    JComponent build(Texts t) {
        int gap = Touch.gap();
        JPanel root = Touch.screenRoot(gap * 2, gap);

        JPanel left = Touch.panel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(0, 0, gap, 0);
        left.add(Touch.text("identify.title", t.get("identify.title"), "title"), c);
        String prompt = mode == Mode.NUMBER ? "identify.number.prompt" : "identify.pin.prompt";
        left.add(Touch.para("identify.prompt", t.get(mode == Mode.CHECKING ? "identify.checking" : prompt), "subtitle", 480), c);
        left.add(Touch.text("identify.numberLabel", t.get("identify.number.label"), "body"), c);
        left.add(display("identify.number", number.length() == 0 ? " " : number.toString()), c);
        if (mode != Mode.NUMBER) {
            left.add(Touch.text("identify.pinLabel", t.get("identify.pin.label"), "body"), c);
            left.add(display("identify.pin", pin.length() == 0 ? " " : PIN_DOT.repeat(pin.length()).trim()), c);
        }
        if (cardSentence != null && refusal == null) {
            left.add(Touch.para("identify.cardMessage", t.get(cardSentence), "body", 430,
                    KioskTheme.color("Kiosk.refused.foreground")), c);
        }
        if (refusal != null) {
            var red = KioskTheme.color("Kiosk.refused.foreground");
            left.add(Touch.notice("identify.message", new StatusIcon(StatusIcon.Shape.REFUSED, red, 36),
                    t.refusal(refusal), "body", 430, red), c);
        }
        c.weighty = 1;
        left.add(Touch.panel(new BorderLayout()), c);
        root.add(left, BorderLayout.CENTER);

        if (mode != Mode.CHECKING) {
            String confirm = mode == Mode.NUMBER ? "keypad.next" : "keypad.ok";
            root.add(Keypad.build(t, confirm, this::digit, this::delete, this::confirm), BorderLayout.EAST);
        }
        return root;
    }

    @Override
    boolean cardProblem(org.pustaka.hardware.api.CardProblem.Kind kind) {
        if (mode == Mode.CHECKING) {
            return false;
        }
        cardSentence = "card.problem." + kind.name();
        refresh();
        return true;
    }

    private JLabel display(String name, String text) {
        JLabel l = Touch.text(name, text, "display");
        l.setBorder(Touch.cardBorder());
        l.setOpaque(true);
        l.setBackground(KioskTheme.color("Kiosk.card.background"));
        return l;
    }

    private void digit(int d) {
        kiosk.cue(BuzzerCue.KEY, null);
        StringBuilder target = mode == Mode.NUMBER ? number : pin;
        if (target.length() < (mode == Mode.NUMBER ? MAX_NUMBER : MAX_PIN)) {
            target.append(d);
        }
        refresh();
    }

    private void delete() {
        kiosk.cue(BuzzerCue.KEY, null);
        StringBuilder target = mode == Mode.NUMBER ? number : pin;
        if (target.length() > 0) {
            target.setLength(target.length() - 1);
        } else if (mode == Mode.PIN) {
            mode = Mode.NUMBER;
        }
        refresh();
    }

    private void confirm() {
        if (mode == Mode.NUMBER && number.length() > 0) {
            mode = Mode.PIN;
            refusal = null;
            if (!kiosk.config().session().pinRequired()) {
                check();
            }
        } else if (mode == Mode.PIN && pin.length() > 0) {
            check();
        }
        refresh();
    }

    private void check() {
        mode = Mode.CHECKING;
        refusal = null;
        kiosk.cue(null, LightPattern.BUSY);
        PatronCredentials credentials = new PatronCredentials(number.toString(), pin.length() == 0 ? null : pin.toString());
        circulation(() -> kiosk.desk().identify(credentials), result -> answered(credentials, result),
                e -> refused(Refusal.of(RefusalReason.OTHER)));
    }

    private void answered(PatronCredentials credentials, IdentifyResult result) {
        if (result.patronIfAccepted().isPresent()) {
            kiosk.cue(BuzzerCue.ACCEPT, LightPattern.READY);
            kiosk.visit().identified(credentials, result);
            kiosk.fire(new SessionEvent.Identified(result.patron()));
            return;
        }
        refused(result.refusal() != null ? result.refusal() : Refusal.of(RefusalReason.UNKNOWN_PATRON));
    }

    private void refused(Refusal why) {
        kiosk.cue(BuzzerCue.REFUSE, LightPattern.ATTENTION);
        kiosk.fire(new SessionEvent.IdentificationFailed(why));
        refusal = why;
        pin.setLength(0);
        if (why.reason() == RefusalReason.WRONG_PIN) {
            mode = Mode.PIN;
        } else {
            number.setLength(0);
            mode = Mode.NUMBER;
        }
        refresh();
    }
}
