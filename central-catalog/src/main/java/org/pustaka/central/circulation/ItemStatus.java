package org.pustaka.central.circulation;

/** An item's circulation status, named as in the kiosk API's {@code Item.status} (a subset SLiMS can tell). */
public enum ItemStatus {
    AVAILABLE,
    CHARGED,
    WAITING_ON_HOLD_SHELF,
    MISSING,
    OTHER,
    UNKNOWN
}
