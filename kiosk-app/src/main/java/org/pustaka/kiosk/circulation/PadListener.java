package org.pustaka.kiosk.circulation;

import java.util.List;

/**
 * Told when what lies on the pad changes, on the reader watch's thread: receivers that touch Swing move
 * to the event thread themselves. {@code items} is the whole current content of the pad.
 */
public interface PadListener {
    void padChanged(List<PadItem> items);
}
