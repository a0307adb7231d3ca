package org.pustaka.catalog.api;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One library event as the central catalog lists it. {@code ageMin}/{@code ageMax} are 0 when open;
 * {@code waitlist} says whether a full event takes a waiting list.
 */
public record CatalogEvent(String id, String series, LocalizedText title, LocalizedText description, String category,
                           OffsetDateTime start, OffsetDateTime end, String room, String audience, int ageMin,
                           int ageMax, int capacity, int seatsLeft, boolean waitlist) {
    public CatalogEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        series = series == null ? "" : series;
        description = description == null ? new LocalizedText("", "") : description;
        category = category == null ? "" : category;
        room = room == null ? "" : room;
        audience = audience == null ? "" : audience;
    }
}
