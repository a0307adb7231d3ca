package org.pustaka.hardware.api;

import java.util.Objects;

/**
 * What a device says about itself right now. {@code detail} is a sentence for the technician
 * ("Kertas habis" / "paper out"), never a stack trace.
 */
public record DeviceHealth(String device, State state, String detail) {

    public enum State {
        /** Working. */
        OK,
        /** Working, but needs attention soon (paper near end, weak signal). */
        DEGRADED,
        /** Not usable until someone acts. */
        FAILED,
        /** Not configured on this kiosk. */
        ABSENT
    }

    public DeviceHealth {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }

    public static DeviceHealth ok(String device) {
        return new DeviceHealth(device, State.OK, "");
    }

    public boolean usable() {
        return state == State.OK || state == State.DEGRADED;
    }
}
