package org.pustaka.kiosk.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A sign-up for one event. The id is made at the kiosk and is also the idempotency key at the central
 * catalog and the payload of the ticket's QR code. {@code waitlistPosition} is 1-based and 0 unless
 * WAITLISTED. {@code note} carries the central catalog's reason for a refusal, for staff and the visitor.
 */
public record Registration(UUID id, String eventId, Registrant registrant, int partySize,
                           RegistrationStatus status, int waitlistPosition, Instant createdAt, String note) {

    public Registration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(registrant, "registrant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        note = note == null ? "" : note;
        if (status != RegistrationStatus.WAITLISTED) {
            waitlistPosition = 0;
        }
    }

    public Registration with(RegistrationStatus newStatus, int position) {
        return new Registration(id, eventId, registrant, partySize, newStatus, position, createdAt, note);
    }

    public Registration withNote(String newNote) {
        return new Registration(id, eventId, registrant, partySize, status, waitlistPosition, createdAt, newNote);
    }

    /** The short code shown on screen and paper instead of the id (see {@link RegistrationCode}). */
    public String code() {
        return RegistrationCode.of(id);
    }

    /** Whether {@code memberId} made this registration (guests cannot cancel at the kiosk). */
    public boolean belongsTo(String memberId) {
        return registrant instanceof Registrant.Member m && m.memberId().equals(memberId);
    }
}
