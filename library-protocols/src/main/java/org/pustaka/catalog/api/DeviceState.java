package org.pustaka.catalog.api;

import java.util.Objects;

/** One device in a heartbeat: its name, {@code OK}, {@code DEGRADED}, {@code FAILED} or {@code ABSENT}, and a sentence. */
public record DeviceState(String device, String state, String detail) {
    public DeviceState {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }
}
