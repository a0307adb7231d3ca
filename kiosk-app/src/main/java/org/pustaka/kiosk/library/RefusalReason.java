package org.pustaka.kiosk.library;

/**
 * Why the library (or the kiosk's offline rules) said no, by meaning, so the touchscreen can say it in
 * the visitor's language. {@link #OTHER} carries only the library's own screen message.
 */
public enum RefusalReason {
    UNKNOWN_PATRON,
    WRONG_PIN,
    PATRON_BLOCKED,
    CARD_EXPIRED,
    TOO_MANY_ITEMS,
    FINES_TOO_HIGH,
    ITEM_UNKNOWN,
    ITEM_NOT_FOR_LOAN,
    /** The tag's type of usage says the item is not in circulation (new stock, withdrawn): the kiosk's own "no". */
    ITEM_NOT_IN_CIRCULATION,
    ITEM_ON_HOLD_FOR_ANOTHER,
    ITEM_ALREADY_ON_LOAN,
    ITEM_NOT_ON_LOAN,
    RENEWAL_LIMIT_REACHED,
    RENEWAL_NOT_ALLOWED,
    /** The loan was made today: renewing it now would not move its due date. */
    RENEWAL_TOO_SOON,
    PARTS_MISSING,
    OFFLINE_NOT_ALLOWED,
    OFFLINE_LIMIT_REACHED,
    OTHER
}
