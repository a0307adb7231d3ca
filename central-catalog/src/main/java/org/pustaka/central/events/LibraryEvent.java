package org.pustaka.central.events;

import java.time.Instant;

/** A library event that takes sign-ups; {@code ageMin}/{@code ageMax} are 0 when open. */
public record LibraryEvent(String id, String series, String titleId, String titleEn, String descriptionId,
                           String descriptionEn, String category, Instant start, Instant end, String room,
                           String audience, int ageMin, int ageMax, int capacity, boolean waitlist) {
}
