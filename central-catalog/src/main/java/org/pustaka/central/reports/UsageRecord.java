package org.pustaka.central.reports;

import java.time.Instant;
import java.util.UUID;

/** One period of a kiosk's use; the by-hour counts and top titles are kept as the JSON the kiosk sent, normalised. */
public record UsageRecord(UUID id, Instant periodStart, Instant periodEnd, int transactions, String byHourJson,
                          int visits, double itemsPerVisit, String topTitlesJson) implements Report {
}
