package org.pustaka.central.http.api;

import java.util.List;

/** The answer to {@code GET events}. */
public record EventList(List<Event> events) {
}
