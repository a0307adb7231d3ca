package org.pustaka.kiosk.events.central;

/**
 * What one pass of {@link PendingSync} did: records answered (confirmed, waitlisted or booked), refused
 * by the catalog (kept for staff), and still waiting because the catalog could not answer.
 */
public record SyncReport(int answered, int refused, int stillPending) {

    SyncReport plus(SyncReport other) {
        return new SyncReport(answered + other.answered, refused + other.refused, stillPending + other.stillPending);
    }
}
