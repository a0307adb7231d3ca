package org.pustaka.central.reports;

import java.time.Instant;

/** What a kiosk says about itself; {@code devicesJson} is the device list as normalised JSON. */
public record HeartbeatRecord(String version, Instant sentAt, String devicesJson, int outboxDepth, String lastError) {
}
