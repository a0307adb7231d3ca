package org.pustaka.kiosk.visits;

import java.util.List;
import java.util.Optional;

/**
 * What the touchscreen and the demo ask of school visits. Every method blocks on the local database and,
 * when a central catalog is configured, on the network (bounded by its timeouts): call from a worker
 * thread, never the Swing event thread. A teacher's mistakes and an unreachable central catalog are
 * answers ({@link BookingResult.Refused} with sentences, or a PENDING booking), not exceptions; only a
 * failing local database throws {@link org.pustaka.kiosk.store.StoreException}.
 */
public interface VisitDesk {

    /** Free slots from tomorrow for the coming weeks, soonest first. */
    List<VisitSlot> freeSlots();

    /** Books a slot for a school group; the booking carries the confirmation code. */
    BookingResult book(VisitRequest request);

    /** The booking with this code (typed loosely: case, spaces and the KS- prefix do not matter). */
    Optional<VisitBooking> lookUp(String code);
}
