package org.pustaka.central.http.api;

/** A reservation ready for pick-up; {@code pickupBy} is absent where the library keeps no deadline. */
public record HoldReady(String itemId, String title, String pickupBy) {
}
