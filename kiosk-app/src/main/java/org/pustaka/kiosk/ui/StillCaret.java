package org.pustaka.kiosk.ui;

import java.awt.Rectangle;
import javax.swing.text.DefaultCaret;

/**
 * The caret of a read-only paragraph: it never moves when the text is set and never scrolls its
 * paragraph into view, so a list opens at its top with its first row (the newest, or the fine) showing.
 */
final class StillCaret extends DefaultCaret {
    StillCaret() {
        setUpdatePolicy(NEVER_UPDATE);
    }

    @Override
    protected void adjustVisibility(Rectangle nloc) {
        // a paragraph is read, never edited: nothing to bring into view
    }
}
