package org.pustaka.catalog.api;

import java.time.LocalDate;
import java.util.Objects;

/** One loan in an account answer; {@code dueDate} is absent when the library does not keep one. */
public record LoanEntry(String itemId, String title, LocalDate dueDate, boolean overdue) {
    public LoanEntry {
        Objects.requireNonNull(itemId, "itemId");
        title = title == null ? "" : title;
    }
}
