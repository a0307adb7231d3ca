package org.pustaka.kiosk.events;

/**
 * Where a registration stands. PENDING: taken while the central catalog was unreachable, not yet
 * answered. REFUSED: the central catalog would not take it (the event was cancelled, or full without a
 * waitlist); the reason is in the registration's note.
 */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, PENDING, CANCELLED, REFUSED;

    /** Whether it still holds (or may hold) a seat or a waitlist place. */
    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED || this == PENDING;
    }
}
