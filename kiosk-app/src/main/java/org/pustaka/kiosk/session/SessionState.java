package org.pustaka.kiosk.session;

/** Where the visitor is in a visit. Each state is one screen on the touchscreen. */
public enum SessionState {
    IDLE,
    IDENTIFYING,
    MENU,
    BORROWING,
    RETURNING,
    RENEWING,
    ACCOUNT,
    EVENTS,
    SCHOOL_VISIT,
    RECEIPT,
    SURVEY,
    GOODBYE;

    /** States in which inactivity ends the visit (every state a visitor is in). */
    public boolean timesOut() {
        return this != IDLE;
    }
}
