package org.pustaka.kiosk.bench;

/**
 * The fewest reader commands a bench round can take by the FEIG ISO-host protocol. A round passes the
 * stack over the pad twice (borrow, then return); each pass needs one inventory, one multi-block read
 * per tag, one AFI write per tag and one AFI-filtered inventory that verifies every write at once.
 *
 * @param tags tags on the pad (an item with its CD has two)
 */
public record ReaderFloor(int tags) {
    static final int PASSES_PER_ROUND = 2;

    static ReaderFloor ofStack(int tags) {
        if (tags < 1) {
            throw new IllegalArgumentException("A stack has at least one tag, not " + tags + ".");
        }
        return new ReaderFloor(tags);
    }

    /** Inventory + reads + AFI writes + verifying inventory, for one pass of the stack. */
    int commandsPerPass() {
        return 1 + tags + tags + 1;
    }

    int commandsPerRound() {
        return PASSES_PER_ROUND * commandsPerPass();
    }
}
