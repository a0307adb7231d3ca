package org.pustaka.central.circulation;

import java.time.Duration;
import java.util.Objects;

/**
 * How the library runs its desk: whether a card needs its PIN (OPAC password), how long a request waits for
 * an item another request is working on, and the currency fines are in. Built by the composition root from
 * the service's configuration.
 */
public record DeskOptions(boolean pinRequired, Duration lockWait, String currency) {
    public DeskOptions {
        Objects.requireNonNull(lockWait, "lockWait");
        Objects.requireNonNull(currency, "currency");
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("lockWait must not be negative: " + lockWait);
        }
    }

    public static DeskOptions defaults() {
        return new DeskOptions(true, Duration.ofSeconds(10), "IDR");
    }
}
