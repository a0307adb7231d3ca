package org.pustaka.hardware.card.hid;

/**
 * Tells a barcode scanner that types like a keyboard (HID keyboard wedge) from a person typing, by timing
 * alone: a scanner sends its characters a few milliseconds apart and ends with Enter; a person leaves
 * tens to hundreds of milliseconds between keys. Characters are held back until the decision is made:
 * a burst of at least {@code minLength} characters, no two further apart than {@code maxGapMillis},
 * ended by Enter within the same gap, is a {@link Action#SCAN}; anything slower is given back as
 * {@link Action#TYPED} so it reaches the focused field as if nothing had held it. A fast burst that stops
 * without Enter is a {@link Action#PARTIAL} scan and is dropped, never typed.
 *
 * <p>Pure and single-threaded: the caller passes each key's time (milliseconds, any origin, the same for
 * every call) and replays or drops the key events it held as told.
 */
public final class BurstDetector {

    public enum Action {
        /** Nothing to do (nothing held). */
        NONE,
        /** The held characters were typed by a person: replay them, then handle the current key normally. */
        TYPED,
        /** The held characters and this Enter were a scan: drop the key events, use {@link Decision#text()}. */
        SCAN,
        /** The held characters were a scan that stopped half-way: drop them. */
        PARTIAL
    }

    /** What to do with the held characters; {@code text} is the scan's text for {@link Action#SCAN}. */
    public record Decision(Action action, String text) {
        static final Decision NONE = new Decision(Action.NONE, "");
        static final Decision TYPED = new Decision(Action.TYPED, "");
    }

    private final long maxGapMillis;
    private final int minLength;
    private final StringBuilder held = new StringBuilder();
    private long lastWhen;

    public BurstDetector(long maxGapMillis, int minLength) {
        if (maxGapMillis < 1 || minLength < 1) {
            throw new IllegalArgumentException("The largest gap and the shortest scan must be positive.");
        }
        this.maxGapMillis = maxGapMillis;
        this.minLength = minLength;
    }

    /** Whether characters are held back now (the caller holds their key events too). */
    public boolean holding() {
        return held.length() > 0;
    }

    /**
     * A printable character at {@code when}. It is always held; the answer says what to do first with
     * what was held before it: {@link Action#TYPED} when the gap shows a person typing,
     * {@link Action#PARTIAL} when a scan-speed burst long enough to be a scan stopped without Enter.
     */
    public Decision character(char c, long when) {
        Decision before = holding() && when - lastWhen > maxGapMillis ? release() : Decision.NONE;
        held.append(c);
        lastWhen = when;
        return before;
    }

    /** Enter at {@code when}: a scan, or typing to give back (then Enter goes on as usual), or nothing held. */
    public Decision enter(long when) {
        if (!holding()) {
            return Decision.NONE;
        }
        if (when - lastWhen <= maxGapMillis && held.length() >= minLength) {
            String text = held.toString();
            held.setLength(0);
            return new Decision(Action.SCAN, text);
        }
        return release();
    }

    /** Any other key (Tab, Backspace, arrows): what was held is typing and goes first. */
    public Decision otherKey() {
        if (!holding()) {
            return Decision.NONE;
        }
        held.setLength(0);
        return Decision.TYPED;
    }

    /** Time passed with no key until {@code now}: once the gap is over, the held characters are decided. */
    public Decision quiet(long now) {
        if (!holding() || now - lastWhen <= maxGapMillis) {
            return Decision.NONE;
        }
        return release();
    }

    private Decision release() {
        boolean burst = held.length() >= minLength;
        held.setLength(0);
        return burst ? new Decision(Action.PARTIAL, "") : Decision.TYPED;
    }
}
