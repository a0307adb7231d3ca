package org.pustaka.kiosk.hub;

import java.util.Objects;
import java.util.UUID;

/** The outbox payload of kind {@code registration-cancel}; {@code id} is the cancellation's own record id. */
public record CancellationPayload(UUID id, String eventId, UUID registrationId) {
    public CancellationPayload {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(registrationId, "registrationId");
    }
}
