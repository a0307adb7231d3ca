package org.pustaka.central.staff;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days Statistik counts, {@code from} to {@code to} both included (the library's dates), and one kiosk or
 * all ({@code kioskId} empty). {@link #parse} turns the page's query into one or refuses with a message key.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to, String kioskId) {
    /** The longest period one request may count, so a typo cannot ask for a century. */
    public static final int MAX_DAYS = 800;

    /** The query's {@code dari}, {@code sampai} and {@code kios}; absent dates default to {@code from}..{@code to}. */
    static StatisticsPeriod parse(String fromText, String toText, String kiosk, LocalDate defaultFrom, LocalDate defaultTo) {
        LocalDate from = date(fromText, defaultFrom);
        LocalDate to = date(toText, defaultTo);
        if (to.isBefore(from)) {
            throw new StaffRefusal(400, "stats.badOrder");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new StaffRefusal(400, "stats.tooLong");
        }
        String k = kiosk == null ? "" : kiosk.trim();
        if (!k.isEmpty() && !org.pustaka.central.kiosks.Kiosks.KIOSK_ID.matcher(k).matches()) {
            throw new StaffRefusal(400, "stats.badKiosk");
        }
        return new StatisticsPeriod(from, to, k);
    }

    private static LocalDate date(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new StaffRefusal(400, "stats.badDate");
        }
    }

    public boolean oneKiosk() {
        return !kioskId.isEmpty();
    }

    /** The query string that asks for this period again (for links to the summary and the CSV). */
    public String query() {
        return "dari=" + from + "&sampai=" + to + (oneKiosk() ? "&kios=" + kioskId : "");
    }
}
