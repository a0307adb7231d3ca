package org.pustaka.catalog.api;

import java.util.Objects;
import java.util.UUID;

/**
 * A sign-up for an event: by a library member ({@code memberId}) or a guest ({@code guestName} and
 * {@code guestPhone}). {@code id} is the registration id, chosen by the kiosk, and the idempotency key.
 */
public record RegistrationRequest(UUID id, String memberId, String guestName, String guestPhone, int partySize,
                                  String language) {
    public RegistrationRequest {
        Objects.requireNonNull(id, "id");
        if (partySize < 1) {
            throw new IllegalArgumentException("partySize must be at least 1");
        }
    }

    @Override
    public String toString() {
        return "RegistrationRequest[" + id + ", partySize=" + partySize + "]";
    }
}
