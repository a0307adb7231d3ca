package org.pustaka.central.http.api;

/** The answer to a heartbeat: the server's clock. */
public record HeartbeatAck(String serverTime) {
}
