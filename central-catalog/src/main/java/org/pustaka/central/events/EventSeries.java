package org.pustaka.central.events;

/** The text a series' sessions share; {@code category} is an {@link EventCategory} code. */
public record EventSeries(String id, String titleId, String titleEn, String descriptionId, String descriptionEn,
                          String category, String audience) {
}
