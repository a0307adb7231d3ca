package org.pustaka.central.circulation;

import java.time.Instant;
import java.util.Objects;

/**
 * Lend {@code itemCode} to {@code memberId}. {@code requestId} is unique per {@code kioskId} (a terminal or
 * kiosk); {@code transactionTime} is when the visitor did it (in the past for a replay after offline work);
 * {@code noBlock} asks to record a loan the kiosk already promised offline even if the member is blocked
 * now (the item must still be free).
 */
public record CheckoutRequest(String requestId, String kioskId, String memberId, String itemCode,
                              Instant transactionTime, boolean noBlock) {
    public CheckoutRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(transactionTime, "transactionTime");
    }
}
