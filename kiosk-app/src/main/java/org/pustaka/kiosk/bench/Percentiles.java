package org.pustaka.kiosk.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured durations, for the benchmark reports. */
final class Percentiles {
    private final double[] sorted;

    Percentiles(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        sorted = values.clone();
        Arrays.sort(sorted);
    }

    /** The {@code p}th percentile (0 to 100), nearest rank. */
    double at(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
