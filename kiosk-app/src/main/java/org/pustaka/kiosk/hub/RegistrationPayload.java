package org.pustaka.kiosk.hub;

import java.util.Objects;
import java.util.UUID;
import org.pustaka.catalog.api.RegistrationRequest;

/**
 * The outbox payload of kind {@code registration}: the event and the sign-up. {@code id} is the
 * registration id (the QR code on the ticket) and the outbox record id.
 */
public record RegistrationPayload(UUID id, String eventId, String memberId, String guestName, String guestPhone,
                                  int partySize, String language) {
    public RegistrationPayload {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
    }

    public RegistrationRequest request() {
        return new RegistrationRequest(id, memberId, guestName, guestPhone, partySize, language);
    }

    @Override
    public String toString() {
        return "RegistrationPayload[" + id + ", event=" + eventId + "]";
    }
}
