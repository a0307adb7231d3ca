package org.pustaka.catalog.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The answer to {@code GET circulation/items/{itemId}}. {@code status} is a {@code CirculationStatus}
 * name such as {@code AVAILABLE} or {@code CHARGED}; unknown names read as {@code UNKNOWN}. It says
 * nothing about who has the item.
 */
public record ItemAnswer(String itemId, boolean found, String status, String title, LocalDate dueDate) {
    public ItemAnswer {
        Objects.requireNonNull(itemId, "itemId");
        status = status == null ? "UNKNOWN" : status;
    }
}
