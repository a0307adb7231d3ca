package org.pustaka.central.http.api;

/** The answer to a sign-up or a cancellation; {@code waitlistPosition} only with {@code WAITLISTED}. */
public record RegistrationResult(String registrationId, String eventId, String status, Integer waitlistPosition,
                                 int seatsLeft) {
}
