package org.pustaka.central.visits;

import java.time.Instant;

/** A school-visit slot; {@code available} is false while a booking holds it. */
public record Slot(String id, Instant start, Instant end, String room, int capacity, boolean available) {
}
