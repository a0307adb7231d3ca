package org.pustaka.kiosk.library;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the library knows of an item. {@code borrowerId} is set only by systems that say who has it
 * (not SIP2 in general); {@code found} is false for item numbers the library does not know.
 */
public record ItemInfo(String itemId, boolean found, CirculationStatus status, String title, LocalDate dueDate,
                       String borrowerId) {
    public ItemInfo {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(status, "status");
        title = title == null ? "" : title;
    }
}
