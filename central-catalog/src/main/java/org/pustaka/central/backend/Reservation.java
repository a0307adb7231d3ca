package org.pustaka.central.backend;

import java.time.LocalDateTime;

/** One reservation of an item by a member; {@code title} may be null. */
public record Reservation(String memberId, String itemCode, LocalDateTime reservedAt, String title) {
}
