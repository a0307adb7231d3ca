package org.pustaka.hardware.sim;

import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;
import org.pustaka.hardware.tag.TypeOfUsage;

/**
 * Tags of the demo library (Perpustakaan Kota Malang): one ISO 28560-3 tag per part, 32 bytes of user
 * memory, type of usage 1, owner country {@code ID} and ISIL {@code MLG01}; UID {@code E0040150} + the
 * item id's last 6 digits + the part number in two digits (30000105 part 2 is {@code E004015000010502}).
 */
public final class DemoTags {
    public static final String COUNTRY = "ID";
    public static final String ISIL = "MLG01";
    public static final int AFI_IN_STOCK = 0x07;
    public static final int AFI_ON_LOAN = 0xC2;
    private static final String UID_PREFIX = "E0040150";
    private static final int MEMORY_SIZE = 32;

    private DemoTags() {
    }

    public static String uidFor(String itemId, int partNumber) {
        if (partNumber < 1 || partNumber > 99) {
            throw new IllegalArgumentException("A demo part number is 1 to 99, not " + partNumber + ".");
        }
        String digits = itemId.length() >= 6 ? itemId.substring(itemId.length() - 6)
                : "0".repeat(6 - itemId.length()) + itemId;
        if (!digits.matches("[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("A demo item id ends in 6 digits, not '" + itemId + "'.");
        }
        return (UID_PREFIX + digits + String.format("%02d", partNumber)).toUpperCase();
    }

    /** A fresh tag for one part of an item with the given AFI. */
    public static SimTag tagFor(String itemId, int partsInItem, int partNumber, int afi) {
        LibraryTag data = LibraryTag.of(itemId, TypeOfUsage.CIRCULATING, partsInItem, partNumber, COUNTRY, ISIL);
        return new SimTag(uidFor(itemId, partNumber), afi, TagCodec.encode(data, MEMORY_SIZE));
    }

    /** A single-part item in stock. */
    public static SimTag tagFor(String itemId) {
        return tagFor(itemId, 1, 1, AFI_IN_STOCK);
    }
}
