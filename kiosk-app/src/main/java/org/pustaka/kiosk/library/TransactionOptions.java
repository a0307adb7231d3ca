package org.pustaka.kiosk.library;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * How to send one circulation request: its journal id (the idempotency key where the protocol has one),
 * the time the visitor did it (the original time for an offline replay), and whether the library should
 * accept it even against its blocks (SIP2 no-block, for transactions already promised to a visitor
 * offline).
 */
public record TransactionOptions(UUID transactionId, Instant transactionTime, boolean noBlock) {
    public TransactionOptions {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(transactionTime, "transactionTime");
    }

    public static TransactionOptions now(Instant time) {
        return new TransactionOptions(UUID.randomUUID(), time, false);
    }
}
