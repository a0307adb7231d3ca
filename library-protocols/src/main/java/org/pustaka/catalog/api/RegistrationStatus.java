package org.pustaka.catalog.api;

/** Where a sign-up stands. {@code FULL} is the 409 answer: no seat and no waiting list. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    FULL
}
