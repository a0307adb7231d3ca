package org.pustaka.central.circulation;

/**
 * Why circulation refused, named as in the kiosk API's refusal codes ({@code docs/central-catalog-api.yaml}).
 * Doors map them onto their own wire (HTTP 422 with the code; SIP2 ok flag and screen message).
 */
public enum RefusalCode {
    UNKNOWN_PATRON,
    WRONG_PIN,
    PATRON_BLOCKED,
    CARD_EXPIRED,
    TOO_MANY_ITEMS,
    FINES_TOO_HIGH,
    ITEM_UNKNOWN,
    ITEM_NOT_FOR_LOAN,
    ITEM_ON_HOLD_FOR_ANOTHER,
    ITEM_ALREADY_ON_LOAN,
    ITEM_NOT_ON_LOAN,
    RENEWAL_LIMIT_REACHED,
    RENEWAL_NOT_ALLOWED
}
