package org.pustaka.catalog.api;

import java.time.LocalDate;
import java.util.Objects;

/** One reserved item waiting on the hold shelf in an account answer, until {@code pickupBy} when known. */
public record HoldEntry(String itemId, String title, LocalDate pickupBy) {
    public HoldEntry {
        Objects.requireNonNull(itemId, "itemId");
        title = title == null ? "" : title;
    }
}
