package org.pustaka.catalog.api;

import java.time.Instant;

/** The answer to {@code GET status}: the server's clock and the name and version of the library system behind it. */
public record ServerStatus(Instant serverTime, String system, String version) {
}
