package org.pustaka.central.circulation;

import java.time.Instant;
import java.util.Objects;

/** Renew the member's loan of {@code itemCode}. See {@link CheckoutRequest} for the id and time fields. */
public record RenewRequest(String requestId, String kioskId, String memberId, String itemCode,
                           Instant transactionTime) {
    public RenewRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(transactionTime, "transactionTime");
    }
}
