package org.pustaka.kiosk.receipt;

/** Which circulation a visit receipt records. */
public enum VisitKind {
    BORROW,
    RETURN,
    RENEW
}
