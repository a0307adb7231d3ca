package org.pustaka.central.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Confirms waiting registrations when seats free up, strictly in the order they joined the list: the head is
 * confirmed while its whole party fits, and a party that does not fit keeps its place (later, smaller parties
 * do not jump it). Called inside the transaction that freed the seats, with the event row locked.
 */
final class WaitlistPromotion {
    private WaitlistPromotion() {
    }

    /** The ids to confirm, given the seats left and the waiting list in order. */
    static List<String> toConfirm(int seatsLeft, List<EventRepository.Row> waitlist) {
        List<String> out = new ArrayList<>();
        int left = seatsLeft;
        for (EventRepository.Row w : waitlist) {
            if (w.partySize() > left) {
                break;
            }
            out.add(w.id());
            left -= w.partySize();
        }
        return out;
    }

    /** Confirms what now fits on {@code eventId}, whose row the caller has locked; answers how many. */
    static int apply(Connection c, EventRepository repo, String eventId, int capacity) throws SQLException {
        List<String> ids = toConfirm(capacity - repo.seatsTaken(c, eventId), repo.waitlist(c, eventId));
        for (String id : ids) {
            repo.setStatus(c, id, Events.CONFIRMED, null);
        }
        return ids.size();
    }
}
