package org.pustaka.kiosk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded diagnostics action: when, what ({@code unlock}, {@code self-test}, {@code test-page},
 * ...), how it ended, and a sentence of detail with secrets already masked.
 */
public record AuditEntry(Instant at, String action, Outcome outcome, String detail) {

    public enum Outcome { OK, FAILED, DENIED, LOCKED }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        detail = detail == null ? "" : detail;
    }
}
