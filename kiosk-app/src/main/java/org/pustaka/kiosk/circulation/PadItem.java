package org.pustaka.kiosk.circulation;

import java.util.List;
import java.util.Objects;

/**
 * One library item on the pad, assembled from its tags: a book with a CD is one item with two parts.
 * {@code complete} is true when every part ({@code partsInItem}) is on the pad; an incomplete item may
 * be neither borrowed nor returned. {@code tagUids} holds the UIDs of the parts present.
 * {@code readable} is false for tags that could not be decoded (another vendor's layout, damaged);
 * their {@code itemId} is then empty and the visitor is sent to staff.
 */
public record PadItem(String itemId, List<String> tagUids, int partsInItem, boolean complete, boolean readable,
                      int typeOfUsage) {
    public PadItem {
        Objects.requireNonNull(itemId, "itemId");
        tagUids = List.copyOf(tagUids);
    }
}
