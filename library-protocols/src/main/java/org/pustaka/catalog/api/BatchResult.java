package org.pustaka.catalog.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The answer to a batch (transactions, survey answers, usage reports). {@code accepted} includes ids the
 * server had already (a repeated delivery); ids in neither list were not processed and stay pending.
 */
public record BatchResult(List<UUID> accepted, List<BatchRejection> rejected) {
    public BatchResult {
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
        accepted.forEach(id -> Objects.requireNonNull(id, "accepted id"));
    }
}
