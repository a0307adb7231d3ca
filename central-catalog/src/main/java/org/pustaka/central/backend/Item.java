package org.pustaka.central.backend;

import org.pustaka.central.circulation.ItemStatus;

/**
 * An item: {@code itemCode} exactly as the library system stores it (the canonical spelling of a code that
 * may have been typed in another case), its title and what decides its loan rule (collection type, GMD).
 * {@code forLoan} is false when the item's status forbids lending; {@code shelfStatus} is what a look-up
 * shows when no loan or reservation says more.
 */
public record Item(String itemCode, long biblioId, String title, int collectionTypeId, int gmdId, boolean forLoan,
                   ItemStatus shelfStatus, String collectionType, String location) {
}
