package org.pustaka.kiosk.visits;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitSlot;
import org.pustaka.kiosk.store.OutboxRecord;

/**
 * School-visit slots and bookings kept at the kiosk: the whole truth in local mode, a cache of slots
 * plus this kiosk's bookings when a central catalog is the source of truth. Blocking JDBC calls: use
 * from worker threads; every method throws {@link StoreException} when the database fails.
 */
public interface VisitStore {

    /** How {@link #reserve} went. */
    enum Reservation { BOOKED, SLOT_TAKEN, CODE_IN_USE, NO_SUCH_SLOT }

    /** Adds or replaces slots (the seed, or the central catalog's latest listing with its free flags). */
    void saveSlots(List<VisitSlot> slots);

    /** Slots starting in [{@code from}, {@code to}), soonest first; free means no booking here holds it. */
    List<VisitSlot> slots(Instant from, Instant to);

    /**
     * Stores a new booking if its slot is free and its code unused, with its report for the central
     * catalog ({@code null} for none), atomically: two visitors at this kiosk never get the same slot.
     */
    Reservation reserve(VisitBooking booking, OutboxRecord report);

    /** Replaces a booking's status, code, offered slots and note (the central catalog's answer). */
    void update(VisitBooking booking);

    /**
     * The booking whose code, or the code first given at this kiosk, is {@code code} when both are
     * compared in upper case without dashes ({@link org.pustaka.kiosk.visits.ConfirmationCode#compact}).
     */
    Optional<VisitBooking> byCode(String code);

    Optional<VisitBooking> byId(UUID id);
}
