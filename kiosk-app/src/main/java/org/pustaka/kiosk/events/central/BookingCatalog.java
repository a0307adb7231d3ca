package org.pustaka.kiosk.events.central;

import java.time.Instant;
import java.util.List;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitSlot;

/**
 * What events and school visits need from the central catalog API ({@code events},
 * {@code events/{id}/registrations}, {@code school-visits/slots}, {@code school-visits}). Every call
 * blocks on the network up to the configured timeouts: call from worker threads. Registrations and
 * bookings carry their UUID as the idempotency key, so sending one again returns the first answer
 * without a second seat. A call throws {@link CatalogUnavailableException} when the catalog cannot
 * answer now; a refusal is an answer, not an exception.
 */
public interface BookingCatalog {

    List<LibraryEvent> events(Instant from, Instant to) throws CatalogUnavailableException;

    RegistrationAnswer register(Registration registration) throws CatalogUnavailableException;

    /** Cancels a registration; a registration the catalog never had counts as cancelled. */
    void cancel(Registration registration) throws CatalogUnavailableException;

    List<VisitSlot> slots(Instant from, Instant to) throws CatalogUnavailableException;

    BookingAnswer book(VisitBooking booking) throws CatalogUnavailableException;
}
