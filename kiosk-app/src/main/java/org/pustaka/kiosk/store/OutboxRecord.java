package org.pustaka.kiosk.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One report waiting for the central catalog: a transaction, a registration, a booking, a survey answer.
 * {@code kind} names the endpoint family ({@code transaction}, {@code registration}, {@code visit},
 * {@code survey}); {@code payload} is the JSON body of the item as the API takes it. The id is the
 * idempotency key the server deduplicates by.
 */
public record OutboxRecord(UUID id, String kind, String payload, Instant createdAt, State state, int attempts,
                           String lastError) {

    public enum State { PENDING, SENT, REJECTED }

    public OutboxRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
        lastError = lastError == null ? "" : lastError;
    }

    public static OutboxRecord pending(UUID id, String kind, String payload, Instant createdAt) {
        return new OutboxRecord(id, kind, payload, createdAt, State.PENDING, 0, "");
    }
}
