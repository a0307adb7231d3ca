package org.pustaka.central.circulation;

import java.time.LocalDate;

/**
 * An item as circulation sees it. {@code found} false means no such item code (then only {@code itemCode}
 * and {@link ItemStatus#UNKNOWN}). {@code holderMemberId} is for staff and SIP2 only. {@code forLoan} is
 * false when the item's status forbids lending (reference, repair, missing).
 */
public record ItemState(String itemCode, boolean found, ItemStatus status, String title, LocalDate dueDate,
                        String holderMemberId, boolean forLoan, String collectionType, String location) {

    public static ItemState unknown(String itemCode) {
        return new ItemState(itemCode, false, ItemStatus.UNKNOWN, null, null, null, false, null, null);
    }
}
