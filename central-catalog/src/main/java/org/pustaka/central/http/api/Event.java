package org.pustaka.central.http.api;

/** One library event as {@code GET events} lists it; times carry the library's offset. */
public record Event(String id, String series, LocalizedText title, LocalizedText description, String category,
                    String start, String end, String room, String audience, int ageMin, int ageMax, int capacity,
                    int seatsLeft, boolean waitlist) {
}
