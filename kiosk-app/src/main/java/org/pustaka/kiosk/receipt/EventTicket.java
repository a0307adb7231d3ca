package org.pustaka.kiosk.receipt;

import java.time.Instant;
import java.util.Objects;

/**
 * A sign-up for a library event: the event's title, when it starts, the room, the registration id
 * (also printed as a QR code for the door), how many people it covers, and the place on the waiting
 * list (0 when confirmed). {@code issuedAt} is when the ticket was printed.
 */
public record EventTicket(String eventTitle, Instant start, String room, String registrationId, int partySize,
                          int waitlistPosition, Instant issuedAt) {
    public EventTicket {
        Objects.requireNonNull(eventTitle, "eventTitle");
        Objects.requireNonNull(start, "start");
        room = room == null ? "" : room;
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
