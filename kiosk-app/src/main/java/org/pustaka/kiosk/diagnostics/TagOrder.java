package org.pustaka.kiosk.diagnostics;

/**
 * What the technician asks to be written on a tag: the target tag's UID (blank: the one tag on the pad
 * that may be written), the primary item identifier, the set information (part {@code partNumber} of
 * {@code partsInItem}), the owner library (country and ISIL), the security state and whether a tag that
 * already holds an item may be re-programmed. The type of usage is always 1, an item for circulation.
 */
public record TagOrder(String uid, String itemId, int partsInItem, int partNumber, String country, String isil,
                       boolean onLoan, boolean overwrite) {

    public TagOrder {
        uid = uid == null ? "" : uid.strip().toUpperCase(java.util.Locale.ROOT);
        itemId = itemId == null ? "" : itemId.strip();
        country = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
        isil = isil == null ? "" : isil.strip();
    }

    /** A single-part item in stock for the given owner, on whichever tag lies on the pad. */
    public static TagOrder single(String itemId, String country, String isil) {
        return new TagOrder("", itemId, 1, 1, country, isil, false, false);
    }

    public TagOrder withItem(String id) {
        return new TagOrder(uid, id, partsInItem, partNumber, country, isil, onLoan, overwrite);
    }

    public TagOrder onTag(String targetUid) {
        return new TagOrder(targetUid, itemId, partsInItem, partNumber, country, isil, onLoan, overwrite);
    }

    public TagOrder part(int number, int of) {
        return new TagOrder(uid, itemId, of, number, country, isil, onLoan, overwrite);
    }

    public TagOrder loaned(boolean value) {
        return new TagOrder(uid, itemId, partsInItem, partNumber, country, isil, value, overwrite);
    }

    public TagOrder reprogram(boolean value) {
        return new TagOrder(uid, itemId, partsInItem, partNumber, country, isil, onLoan, value);
    }
}
