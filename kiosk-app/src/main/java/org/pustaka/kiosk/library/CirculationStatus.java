package org.pustaka.kiosk.library;

/**
 * An item's state in the library, by the names SIP2 gives them; each adapter maps its protocol's
 * values here by name, and what it cannot map is {@code UNKNOWN}.
 */
public enum CirculationStatus {
    OTHER,
    ON_ORDER,
    AVAILABLE,
    CHARGED,
    CHARGED_NOT_TO_BE_RECALLED,
    IN_PROCESS,
    RECALLED,
    WAITING_ON_HOLD_SHELF,
    WAITING_TO_BE_RESHELVED,
    IN_TRANSIT,
    CLAIMED_RETURNED,
    LOST,
    MISSING,
    UNKNOWN;

    public boolean onLoan() {
        return this == CHARGED || this == CHARGED_NOT_TO_BE_RECALLED || this == RECALLED;
    }

    /** The state of that name, ignoring case; {@code UNKNOWN} for null or a name it does not know. */
    public static CirculationStatus named(String name) {
        for (CirculationStatus s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
