package org.pustaka.central.circulation;

import java.time.Instant;
import java.util.Objects;

/** Take {@code itemCode} back. See {@link CheckoutRequest} for the id, time and noBlock fields. */
public record CheckinRequest(String requestId, String kioskId, String itemCode, Instant transactionTime,
                             boolean noBlock) {
    public CheckinRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(transactionTime, "transactionTime");
    }
}
