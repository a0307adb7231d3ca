package org.pustaka.catalog.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Usage figures for one period, without patron data: transactions by local hour of day ("09" to "21"),
 * visits with at least one item, items per such visit, and the most borrowed titles.
 */
public record UsageReport(UUID id, Instant periodStart, Instant periodEnd, int transactions,
                          Map<String, Integer> transactionsByHour, int visits, double itemsPerVisit,
                          List<TitleCount> topTitles) {
    public UsageReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        transactionsByHour = transactionsByHour == null ? Map.of() : Map.copyOf(transactionsByHour);
        topTitles = topTitles == null ? List.of() : List.copyOf(topTitles);
    }
}
