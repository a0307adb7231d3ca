package org.pustaka.catalog.api;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.pustaka.privacy.PatronMask;

/**
 * A checkout, checkin, renewal or renew-all. {@code id} is the kiosk's journal id and the idempotency key;
 * {@code transactionTime} is when the visitor did it (earlier than now for an offline replay);
 * {@code noBlock} asks the library to accept it against its blocks (already promised offline).
 * {@code patronId} and {@code pin} are absent for a checkin; {@code itemId} for a renew-all.
 */
public record CirculationRequest(UUID id, String patronId, String pin, String itemId, Instant transactionTime,
                                 boolean noBlock) {
    public CirculationRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transactionTime, "transactionTime");
    }

    @Override
    public String toString() {
        return "CirculationRequest[" + id + ", " + PatronMask.mask(patronId) + ", item=" + itemId + "]";
    }
}
