package org.pustaka.kiosk.ui.events;

import java.awt.Rectangle;
import javax.swing.text.DefaultCaret;

/** The caret of a read-only paragraph: it never moves with new text, so nothing scrolls to the text's end. */
final class StillCaret extends DefaultCaret {
    StillCaret() {
        setUpdatePolicy(NEVER_UPDATE);
    }

    @Override
    protected void adjustVisibility(Rectangle nloc) {
        // read, never edited: nothing to bring into view
    }
}
