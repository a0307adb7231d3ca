package org.pustaka.kiosk.hub;

import org.pustaka.kiosk.store.OutboxRecord;

/**
 * Told what became of each delivered outbox record, on the sender's thread (hand work off quickly).
 * {@code answerJson} is the central catalog's answer: a {@code RegistrationResult} for registrations
 * and cancellations, a {@code BookingResult} for visits (with the next free slots when the slot was
 * taken), empty for batched kinds. Both methods do nothing by default.
 */
public interface DeliveryListener {

    default void accepted(OutboxRecord record, String answerJson) {
    }

    /** The record is kept as REJECTED with {@code reason} ("CODE: sentence") for staff. */
    default void rejected(OutboxRecord record, String reason, String answerJson) {
    }
}
