package org.pustaka.kiosk.library;

import java.time.LocalDate;
import java.util.Objects;

/** A reserved item waiting for the patron on the hold shelf, until {@code pickupBy} when known. */
public record HoldReady(String itemId, String title, LocalDate pickupBy) {
    public HoldReady {
        Objects.requireNonNull(itemId, "itemId");
        title = title == null ? "" : title;
    }
}
