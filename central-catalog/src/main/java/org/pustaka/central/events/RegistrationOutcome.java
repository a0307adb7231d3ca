package org.pustaka.central.events;

import java.util.UUID;

/** Where a registration stands: {@code CONFIRMED}, {@code WAITLISTED} (with its 1-based position) or {@code CANCELLED}. */
public record RegistrationOutcome(UUID registrationId, String eventId, String status, Integer waitlistPosition,
                                  int seatsLeft) {
}
