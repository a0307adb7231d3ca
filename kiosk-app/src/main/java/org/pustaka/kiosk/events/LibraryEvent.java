package org.pustaka.kiosk.events;

import java.time.ZonedDateTime;
import java.util.Objects;
import org.pustaka.kiosk.booking.Sentence;

/**
 * One session of a library event. Times are in the library's zone (Asia/Jakarta); {@code minAge} and
 * {@code maxAge} are 0 when open. {@code seatsLeft} is what the source of truth said last: counted from
 * the local registrations, or the central catalog's figure.
 */
public record LibraryEvent(String id, Sentence title, Sentence description, EventCategory category,
                           ZonedDateTime start, ZonedDateTime end, String room, Audience audience,
                           int minAge, int maxAge, int capacity, int seatsLeft) {

    public LibraryEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(audience, "audience");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        seatsLeft = Math.max(0, Math.min(seatsLeft, capacity));
    }

    public boolean isFull() {
        return seatsLeft == 0;
    }

    public LibraryEvent withSeatsLeft(int seats) {
        return new LibraryEvent(id, title, description, category, start, end, room, audience, minAge, maxAge,
                capacity, seats);
    }

    /** "7-12", "13+" or "" for an event open to all ages. */
    public String ageRange() {
        if (minAge <= 0 && maxAge <= 0) {
            return "";
        }
        if (maxAge <= 0) {
            return minAge + "+";
        }
        return minAge + "-" + maxAge;
    }
}
