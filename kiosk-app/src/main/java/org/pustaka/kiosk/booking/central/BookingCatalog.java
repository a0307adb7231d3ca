package org.pustaka.kiosk.booking.central;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitSlot;

/**
 * What the event and visit desks ask of the central catalog while a visitor waits. Every call blocks on
 * the network up to the configured timeouts and retries: call from worker threads. Registrations and
 * bookings carry their UUID as the idempotency key, so asking again returns the first answer without a
 * second seat. A call throws {@link CatalogUnavailableException} when the catalog cannot answer now;
 * a refusal is an answer, not an exception.
 */
public interface BookingCatalog {

    List<LibraryEvent> events(Instant from, Instant to) throws CatalogUnavailableException;

    RegistrationAnswer register(Registration registration, String language) throws CatalogUnavailableException;

    /** Cancels a registration; one the catalog never had, or had cancelled, counts as cancelled. */
    void cancel(Registration registration) throws CatalogUnavailableException;

    List<VisitSlot> slots(Instant from, Instant to) throws CatalogUnavailableException;

    BookingAnswer book(VisitBooking booking) throws CatalogUnavailableException;

    /** The booking with this confirmation code, made at any kiosk or desk; empty when the catalog knows none. */
    Optional<VisitBooking> lookUp(String code) throws CatalogUnavailableException;
}
