package org.pustaka.central.backend;

import java.util.List;

/** Reservations (holds) on items. */
public interface Reservations {

    /** Everyone waiting for this item, first in line first. */
    List<Reservation> queueFor(String itemCode);

    /** The member's reservations, oldest first. */
    List<Reservation> ofMember(String memberId);

    /** Removes the member's reservation of the item, as the library system does when it is lent to them. */
    void fulfil(String memberId, String itemCode);
}
