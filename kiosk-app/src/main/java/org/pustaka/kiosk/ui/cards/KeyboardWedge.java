package org.pustaka.kiosk.ui.cards;

import java.awt.Component;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.card.CardReaderBase;
import org.pustaka.hardware.card.hid.BurstDetector;

/**
 * A USB barcode scanner that types like a keyboard (HID keyboard wedge), on every screen of the kiosk: a
 * {@link KeyEventDispatcher} sees every key before the focused component does and holds printable keys
 * back while {@link BurstDetector} decides. A scan (a fast burst ended by Enter) is delivered as a card
 * and never reaches a text field; typing is given back to the component it was meant for, in order, a
 * few tens of milliseconds late; a burst that stops half-way is dropped and reported.
 *
 * <p>Event thread only, apart from {@link #listen} and {@link #stop}, which hop onto it.
 */
public final class KeyboardWedge extends CardReaderBase implements KeyEventDispatcher {
    private final BurstDetector detector;
    private final long maxGapMillis;
    private final List<KeyEvent> held = new ArrayList<>();
    private final Timer quiet;
    private long lastHeldNanos;
    private long lastHeldWhen;
    private boolean swallowEnter;

    public KeyboardWedge(int maxGapMillis, int minLength) {
        super("hid");
        this.detector = new BurstDetector(maxGapMillis, minLength);
        this.maxGapMillis = maxGapMillis;
        this.quiet = new Timer(Math.max(5, maxGapMillis / 2), e -> quietCheck());
        healthy("keyboard wedge: scans are bursts within " + maxGapMillis + " ms ending in Enter");
    }

    @Override
    protected void begin() {
        SwingUtilities.invokeLater(() -> {
            KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(this);
            quiet.start();
        });
    }

    @Override
    protected void end() {
        SwingUtilities.invokeLater(() -> {
            KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(this);
            quiet.stop();
            release();
        });
    }

    @Override
    public boolean dispatchKeyEvent(KeyEvent e) {
        if (e.getKeyCode() == KeyEvent.VK_ENTER || e.getKeyChar() == '\n') {
            return enter(e);
        }
        if (swallowEnter && e.getID() == KeyEvent.KEY_RELEASED && e.getKeyCode() == KeyEvent.VK_SHIFT) {
            return true;
        }
        boolean printable = e.getKeyChar() != KeyEvent.CHAR_UNDEFINED && !Character.isISOControl(e.getKeyChar());
        if (e.getID() == KeyEvent.KEY_TYPED && printable) {
            act(detector.character(e.getKeyChar(), e.getWhen()));
            hold(e);
            return true;
        }
        if (printable || e.getKeyCode() == KeyEvent.VK_SHIFT) {
            if (detector.holding() || e.getID() == KeyEvent.KEY_PRESSED && printable) {
                hold(e);
                return true;
            }
            return false;
        }
        act(detector.otherKey());
        return false;
    }

    private boolean enter(KeyEvent e) {
        if (e.getID() == KeyEvent.KEY_PRESSED) {
            BurstDetector.Decision d = detector.enter(e.getWhen());
            act(d);
            swallowEnter = d.action() == BurstDetector.Action.SCAN;
            return swallowEnter;
        }
        boolean swallow = swallowEnter;
        if (e.getID() == KeyEvent.KEY_RELEASED) {
            swallowEnter = false;
        }
        return swallow;
    }

    private void hold(KeyEvent e) {
        held.add(e);
        lastHeldNanos = System.nanoTime();
        lastHeldWhen = e.getWhen();
    }

    private void quietCheck() {
        if (!held.isEmpty()) {
            long since = (System.nanoTime() - lastHeldNanos) / 1_000_000;
            if (since > maxGapMillis) {
                act(detector.quiet(lastHeldWhen + since));
                if (!detector.holding()) {
                    release();
                }
            }
        }
    }

    private void act(BurstDetector.Decision d) {
        switch (d.action()) {
            case TYPED -> release();
            case SCAN -> {
                held.clear();
                deliverNumber(d.text());
            }
            case PARTIAL -> {
                held.clear();
                report(CardProblem.Kind.PARTIAL_READ, "a fast burst of keys without Enter");
            }
            case NONE -> { }
        }
    }

    /** Gives the held keys to the component that has the focus now, as the person typed them. */
    private void release() {
        List<KeyEvent> events = new ArrayList<>(held);
        held.clear();
        KeyboardFocusManager kfm = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        for (KeyEvent e : events) {
            Component target = kfm.getFocusOwner() != null ? kfm.getFocusOwner() : e.getComponent();
            if (target != null) {
                kfm.redispatchEvent(target, new KeyEvent(target, e.getID(), e.getWhen(), e.getModifiersEx(),
                        e.getKeyCode(), e.getKeyChar(), e.getKeyLocation()));
            }
        }
    }
}
