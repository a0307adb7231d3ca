package org.pustaka.catalog.api;

import java.time.Instant;

/** The central catalog's answer to a heartbeat: its clock, for spotting a kiosk whose clock drifted. */
public record HeartbeatAck(Instant serverTime) {
}
