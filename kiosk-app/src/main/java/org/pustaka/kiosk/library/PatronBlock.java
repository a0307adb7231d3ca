package org.pustaka.kiosk.library;

/**
 * Why a library may refuse a patron, by meaning. The first fourteen follow the SIP2 patron status
 * positions in order; the others come from systems that report them outright.
 */
public enum PatronBlock {
    CHARGE_PRIVILEGES_DENIED,
    RENEWAL_PRIVILEGES_DENIED,
    RECALL_PRIVILEGES_DENIED,
    HOLD_PRIVILEGES_DENIED,
    CARD_REPORTED_LOST,
    TOO_MANY_ITEMS_CHARGED,
    TOO_MANY_ITEMS_OVERDUE,
    TOO_MANY_RENEWALS,
    TOO_MANY_CLAIMS_OF_ITEMS_RETURNED,
    TOO_MANY_ITEMS_LOST,
    EXCESSIVE_OUTSTANDING_FINES,
    EXCESSIVE_OUTSTANDING_FEES,
    RECALL_OVERDUE,
    TOO_MANY_ITEMS_BILLED,
    CARD_EXPIRED
}
