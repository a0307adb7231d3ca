package org.pustaka.central.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One circulation step a kiosk reports for staff; no patron on purpose. */
public record TransactionRecord(UUID id, String type, String itemId, String title, Instant occurredAt,
                                boolean offline, String outcome, String refusalCode, LocalDate dueDate,
                                String detail) implements Report {
}
