package org.pustaka.kiosk.visits;

import java.time.ZonedDateTime;
import java.util.Objects;

/** A time the library can receive one school group, in the library's zone, with the most students it holds. */
public record VisitSlot(String id, ZonedDateTime start, ZonedDateTime end, String room, int capacity, boolean free) {

    public VisitSlot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(room, "room");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
    }

    public VisitSlot withFree(boolean isFree) {
        return new VisitSlot(id, start, end, room, capacity, isFree);
    }
}
