package org.pustaka.central.visits;

/** What came of a staff member's confirmation or cancellation of a booking. */
public enum Decision {
    DONE,
    /** No booking has that id. */
    UNKNOWN,
    /** The booking was already cancelled; nothing changed. */
    ALREADY_CANCELLED
}
