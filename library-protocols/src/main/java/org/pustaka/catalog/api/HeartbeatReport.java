package org.pustaka.catalog.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the kiosk says about itself every minute. {@code lastError} is empty when all is well. */
public record HeartbeatReport(String version, Instant sentAt, List<DeviceState> devices, int outboxDepth,
                              String lastError) {
    public HeartbeatReport {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sentAt, "sentAt");
        devices = devices == null ? List.of() : List.copyOf(devices);
        lastError = lastError == null ? "" : lastError;
    }
}
