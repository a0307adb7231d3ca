package org.pustaka.central.circulation;

import java.time.Instant;
import java.util.Objects;

/** Renew every open loan of the member. See {@link CheckoutRequest} for the id and time fields. */
public record RenewAllRequest(String requestId, String kioskId, String memberId, Instant transactionTime) {
    public RenewAllRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(transactionTime, "transactionTime");
    }
}
