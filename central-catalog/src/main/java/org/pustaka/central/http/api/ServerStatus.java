package org.pustaka.central.http.api;

/** The answer to {@code GET status}. */
public record ServerStatus(String serverTime, String system, String version) {
}
