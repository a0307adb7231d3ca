package org.pustaka.central.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latencies of one operation, in microseconds, with counts of answers by kind. Thread-confined until merged. */
final class Latencies {
    private long[] micros = new long[1024];
    private int size;
    int ok;
    int refused;
    int failed;

    void add(long nanos, int status) {
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
        }
        micros[size++] = nanos / 1000;
        if (status >= 200 && status < 300) {
            ok++;
        } else if (status == 409 || status == 422) {
            refused++;
        } else {
            failed++;
        }
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            if (size == micros.length) {
                micros = Arrays.copyOf(micros, size * 2);
            }
            micros[size++] = other.micros[i];
        }
        ok += other.ok;
        refused += other.refused;
        failed += other.failed;
    }

    Map<String, Object> summary() {
        long[] sorted = Arrays.copyOf(micros, size);
        Arrays.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", size);
        m.put("ok", ok);
        m.put("refused", refused);
        m.put("failed", failed);
        m.put("p50Ms", percentile(sorted, 50));
        m.put("p95Ms", percentile(sorted, 95));
        m.put("p99Ms", percentile(sorted, 99));
        m.put("maxMs", size == 0 ? 0 : sorted[size - 1] / 1000.0);
        return m;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
