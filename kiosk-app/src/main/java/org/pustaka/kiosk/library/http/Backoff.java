package org.pustaka.kiosk.library.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Exponential backoff with jitter: the n-th wait is {@code base * 2^(n-1)}, capped at {@code max}, of
 * which a random half is taken away so that kiosks that lost the network together do not return
 * together.
 */
public record Backoff(Duration base, Duration max) {
    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 <= base <= max");
        }
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration delay(int retry, Random random) {
        long baseMs = base.toMillis();
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long full = Math.min(max.toMillis(), baseMs << shift < 0 ? Long.MAX_VALUE : baseMs << shift);
        long half = full / 2;
        return Duration.ofMillis(full - half + (half == 0 ? 0 : (long) (random.nextDouble() * half)));
    }
}
