package org.pustaka.catalog.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One circulation step for the staff's transaction log, as the outbox kind {@code transaction} carries it.
 * {@code type} is {@code CHECKOUT}, {@code CHECKIN} or {@code RENEW}; {@code outcome} the journal's end
 * state ({@code ACCEPTED}, {@code REFUSED}, {@code SEE_STAFF}, ...); {@code refusalCode} a
 * {@code RefusalReason} name when refused. There is deliberately no patron field: the library system
 * knows the borrower from the circulation call itself, and the report goes out without it.
 */
public record TransactionReport(UUID id, String type, String itemId, String title, Instant occurredAt,
                                boolean offline, String outcome, String refusalCode, LocalDate dueDate,
                                String detail) {
    public TransactionReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(outcome, "outcome");
        title = title == null ? "" : title;
        refusalCode = refusalCode == null ? "" : refusalCode;
        detail = detail == null ? "" : detail;
    }
}
