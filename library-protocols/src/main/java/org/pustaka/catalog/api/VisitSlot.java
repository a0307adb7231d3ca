package org.pustaka.catalog.api;

import java.time.OffsetDateTime;
import java.util.Objects;

/** A school-visit slot: when, where, how many students at most, and whether it is still free. */
public record VisitSlot(String id, OffsetDateTime start, OffsetDateTime end, String room, int capacity,
                        boolean available) {
    public VisitSlot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        room = room == null ? "" : room;
    }
}
