package org.pustaka.kiosk.session;

/** Why a visit ended. */
public enum EndReason {
    /** The visitor finished (goodbye shown). */
    COMPLETED,
    /** The visitor pressed cancel. */
    CANCELLED,
    /** Nobody touched the screen for the inactivity timeout. */
    TIMEOUT
}
