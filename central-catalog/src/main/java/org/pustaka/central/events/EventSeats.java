package org.pustaka.central.events;

/** An event with the seats left now. */
public record EventSeats(LibraryEvent event, int seatsLeft) {
}
