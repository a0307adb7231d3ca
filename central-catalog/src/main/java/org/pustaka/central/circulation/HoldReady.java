package org.pustaka.central.circulation;

import java.time.LocalDateTime;

/**
 * A reservation the member can pick up now: the item is on the shelf and the member is first in line.
 * SLiMS keeps no pick-up deadline, so none is given.
 */
public record HoldReady(String itemCode, String title, LocalDateTime reservedAt) {
}
