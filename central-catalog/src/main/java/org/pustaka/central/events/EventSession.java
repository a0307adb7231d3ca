package org.pustaka.central.events;

import java.time.Instant;

/**
 * A session as staff see it: the event, its registration window, whether it was cancelled (and why), and its
 * seats taken by confirmed parties and the number of parties waiting.
 */
public record EventSession(LibraryEvent event, Instant registrationOpens, Instant registrationCloses,
                           Instant cancelledAt, String cancelReason, int seatsTaken, int waiting) {

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean full() {
        return seatsTaken >= event.capacity();
    }
}
