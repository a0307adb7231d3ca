package org.pustaka.catalog.api;

import java.util.Objects;

/** The kiosk's bearer token, issued at enrollment. {@link #toString()} hides it. */
public record Enrollment(String kioskId, String token) {
    public Enrollment {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token is blank");
        }
    }

    @Override
    public String toString() {
        return "Enrollment[" + kioskId + ", token=****]";
    }
}
