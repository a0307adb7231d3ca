package org.pustaka.kiosk.circulation;

import java.util.Objects;

/**
 * One tag on the pad as the reader and the tag codec saw it. {@code readable} is false when its memory
 * could not be decoded (another vendor's layout, damaged tag); the other fields are then empty or zero.
 * {@code typeOfUsage} is the tag's type-of-usage value (1 circulating, 8 patron card, ...).
 */
public record PadTag(String uid, boolean readable, String itemId, int partsInItem, int partNumber,
                     int typeOfUsage) {

    public static final int USAGE_PATRON_CARD = 8;

    public PadTag {
        Objects.requireNonNull(uid, "uid");
        itemId = itemId == null ? "" : itemId;
    }

    public static PadTag unreadable(String uid) {
        return new PadTag(uid, false, "", 0, 0, -1);
    }

    public boolean patronCard() {
        return readable && typeOfUsage == USAGE_PATRON_CARD;
    }
}
