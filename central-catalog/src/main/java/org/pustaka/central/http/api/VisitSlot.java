package org.pustaka.central.http.api;

/** A school-visit slot; times carry the library's offset. */
public record VisitSlot(String id, String start, String end, String room, int capacity, boolean available) {
}
