package org.pustaka.catalog.api;

import java.util.Objects;
import java.util.UUID;

/**
 * The central catalog's answer to a sign-up or cancellation. {@code waitlistPosition} is 1-based and set
 * for {@code WAITLISTED}; {@code seatsLeft} is the event's count after this answer.
 */
public record RegistrationResult(UUID registrationId, String eventId, RegistrationStatus status, int waitlistPosition,
                                 int seatsLeft) {
    public RegistrationResult {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(status, "status");
        eventId = eventId == null ? "" : eventId;
    }
}
