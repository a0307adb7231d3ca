package org.pustaka.kiosk.store;

/** The circulation step a journal entry records. */
public enum JournalKind {
    CHECKOUT,
    CHECKIN,
    RENEW
}
