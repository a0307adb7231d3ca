package org.pustaka.central.staff;

import java.util.List;
import java.util.Map;

/**
 * Statistik's figures for one period: accepted kiosk steps by weekday (0 = Monday) and hour, the most borrowed
 * titles, a row per kiosk with the total, and the kiosks' loans by collection type and member type from the
 * library system (empty maps when it has none).
 */
public record StatisticsReport(StatisticsPeriod period, List<String> kioskIds, int[][] heat, List<TitleCount> topTitles,
                               List<KioskRow> kiosks, KioskRow total, Map<String, Long> collectionTypes,
                               Map<String, Long> memberTypes) {

    /** A title and how many times kiosks lent it. */
    public record TitleCount(String title, long loans) {
    }

    /** One kiosk's steps and visits; {@code items} is the items handled in its {@code visits}. */
    public record KioskRow(String kioskId, long loans, long returns, long renewals, long refusals, long visits,
                           double items) {

        /** Items per visit with one decimal, or a dash with no visits. */
        public String itemsPerVisit() {
            return visits == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f", items / visits);
        }
    }

    public int heatMax() {
        int max = 0;
        for (int[] day : heat) {
            for (int n : day) {
                max = Math.max(max, n);
            }
        }
        return max;
    }

    /** The shade of a cell, 0 (none) to 5 (the busiest hour of the period). */
    public int shade(int weekday, int hour) {
        int n = heat[weekday][hour];
        int max = heatMax();
        return n == 0 || max == 0 ? 0 : 1 + (int) Math.min(4, (n * 5L - 1) / max);
    }
}
