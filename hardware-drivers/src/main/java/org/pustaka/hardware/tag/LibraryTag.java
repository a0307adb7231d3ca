package org.pustaka.hardware.tag;

import java.util.Objects;

/**
 * The basic block of an ISO 28560-3 (Danish data model) tag, as decoded or as it should be written.
 * {@code crc} is the CRC stored on the tag (for a tag to be written it is ignored and computed again);
 * {@code blockOrder} says whether the reader delivered the blocks reversed. Text fields hold what the tag
 * holds, without the NUL padding.
 */
public record LibraryTag(int version, int typeOfUsage, int partsInItem, int partNumber, String itemId,
                         int crc, String country, String isil, BlockOrder blockOrder) {

    public LibraryTag {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(isil, "isil");
        Objects.requireNonNull(blockOrder, "blockOrder");
    }

    /** A version 1 tag for one part of an item, ready for {@link TagCodec#encode(LibraryTag, int)}. */
    public static LibraryTag of(String itemId, int typeOfUsage, int partsInItem, int partNumber,
                                String country, String isil) {
        return new LibraryTag(TagLayout.SUPPORTED_VERSION, typeOfUsage, partsInItem, partNumber, itemId, 0,
                country, isil, BlockOrder.NORMAL);
    }

    /** A circulating single-part item. */
    public static LibraryTag circulating(String itemId, String country, String isil) {
        return of(itemId, TypeOfUsage.CIRCULATING, 1, 1, country, isil);
    }

    /** True when the item belongs to a set of several parts that must travel together. */
    public boolean multiPart() {
        return partsInItem > 1;
    }

    /** What the type of usage allows; see {@link TypeOfUsage}. */
    public TypeOfUsage usage() {
        return TypeOfUsage.of(typeOfUsage);
    }
}
