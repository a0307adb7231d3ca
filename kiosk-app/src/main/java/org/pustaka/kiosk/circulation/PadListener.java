package org.pustaka.kiosk.circulation;

import java.util.List;

/**
 * Told when what lies on the pad changes, on the reader watch's thread: receivers that touch Swing move
 * to the event thread themselves. {@code items} is the whole current content of the pad (patron cards
 * excluded); a patron card (tag type of usage 8) lying on the pad is reported through
 * {@link #patronCardPlaced} with every change while it lies there (receivers ignore repeats), and its
 * card number goes to {@link CirculationDesk#identify} like a scanned one.
 */
public interface PadListener {
    void padChanged(List<PadItem> items);

    default void patronCardPlaced(String patronId) {
    }
}
