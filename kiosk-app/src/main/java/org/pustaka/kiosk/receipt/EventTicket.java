package org.pustaka.kiosk.receipt;

import java.time.Instant;
import java.util.Objects;

/**
 * A sign-up for a library event: the event's title, when it starts, the room, the registration id
 * (only inside the QR code, for the door), the short registration code people read, how many people it
 * covers, and the place on the waiting list (0 when confirmed: a waiting-list slip is no ticket).
 * {@code issuedAt} is when the ticket was printed.
 */
public record EventTicket(String eventTitle, Instant start, String room, String registrationId,
                          String registrationCode, int partySize, int waitlistPosition, Instant issuedAt) {
    public EventTicket {
        Objects.requireNonNull(eventTitle, "eventTitle");
        Objects.requireNonNull(start, "start");
        room = room == null ? "" : room;
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(registrationCode, "registrationCode");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
