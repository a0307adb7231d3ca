package org.pustaka.catalog.api;

import java.util.List;

/** The answer to {@code GET events}. */
public record EventList(List<CatalogEvent> events) {
    public EventList {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
