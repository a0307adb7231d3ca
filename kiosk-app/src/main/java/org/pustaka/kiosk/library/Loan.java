package org.pustaka.kiosk.library;

import java.time.LocalDate;
import java.util.Objects;

/** A book the patron has out; {@code dueDate} may be null when the library does not send it. */
public record Loan(String itemId, String title, LocalDate dueDate, boolean overdue) {
    public Loan {
        Objects.requireNonNull(itemId, "itemId");
        title = title == null ? "" : title;
    }
}
