package org.pustaka.central.staff;

import java.time.Duration;

/**
 * One kiosk as the staff see it: its colour comes from the last heartbeat's age (green under
 * {@link Dashboard#AMBER_AFTER}, amber under {@link Dashboard#RED_AFTER}, red after or never heard from).
 * {@code age} is null when no heartbeat arrived yet.
 */
public record KioskTile(String kioskId, Duration age, String version, int outboxDepth, String lastError,
                        String printerTrouble) {

    public String colour() {
        if (age == null || age.compareTo(Dashboard.RED_AFTER) >= 0) {
            return "red";
        }
        return age.compareTo(Dashboard.AMBER_AFTER) >= 0 || printerTrouble != null ? "amber" : "green";
    }

    public boolean online() {
        return age != null && age.compareTo(Dashboard.RED_AFTER) < 0;
    }

    public long ageMinutes() {
        return age == null ? -1 : age.toMinutes();
    }
}
