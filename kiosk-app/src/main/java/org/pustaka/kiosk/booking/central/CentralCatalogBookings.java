package org.pustaka.kiosk.booking.central;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.catalog.api.BookingResult;
import org.pustaka.catalog.api.RegistrationResult;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitSlot;

/**
 * {@link BookingCatalog} over the central catalog API client. A 4xx refusal with an error body is an
 * answer (REFUSED, with the catalog's code and English sentence as the reason for staff); no connection,
 * 5xx, a refused token and an unreadable answer are {@link CatalogUnavailableException}, after the
 * client's own retries.
 */
public final class CentralCatalogBookings implements BookingCatalog {
    private final CentralCatalogClient client;
    private final CatalogMapping mapping;
    private final ZoneId zone;

    public CentralCatalogBookings(CentralCatalogClient client, ZoneId zone) {
        this.client = client;
        this.zone = zone;
        this.mapping = new CatalogMapping(zone);
    }

    @Override
    public List<LibraryEvent> events(Instant from, Instant to) throws CatalogUnavailableException {
        try {
            return client.events(day(from), day(to)).stream().map(mapping::event).toList();
        } catch (CatalogException e) {
            throw unavailable(e);
        }
    }

    @Override
    public RegistrationAnswer register(Registration r, String language) throws CatalogUnavailableException {
        try {
            RegistrationResult res = client.register(r.eventId(), CatalogMapping.registration(r, language).request());
            return switch (res.status()) {
                case CONFIRMED -> new RegistrationAnswer(RegistrationStatus.CONFIRMED, 0, "");
                case WAITLISTED -> new RegistrationAnswer(RegistrationStatus.WAITLISTED, res.waitlistPosition(), "");
                case FULL -> RegistrationAnswer.refused("EVENT_FULL: the event is full and takes no waiting list");
                case CANCELLED -> RegistrationAnswer.refused("CANCELLED: the catalog has this sign-up as cancelled");
            };
        } catch (CatalogException e) {
            if (e.failure() == CatalogException.Failure.REFUSED) {
                return RegistrationAnswer.refused(reason(e));
            }
            throw unavailable(e);
        }
    }

    @Override
    public void cancel(Registration r) throws CatalogUnavailableException {
        try {
            client.cancelRegistration(r.eventId(), r.id());
        } catch (CatalogException e) {
            if (e.failure() != CatalogException.Failure.REFUSED || e.httpStatus() != 404) {
                throw unavailable(e);
            }
        }
    }

    @Override
    public List<VisitSlot> slots(Instant from, Instant to) throws CatalogUnavailableException {
        try {
            return mapping.slots(client.slots(day(from), day(to)));
        } catch (CatalogException e) {
            throw unavailable(e);
        }
    }

    @Override
    public BookingAnswer book(VisitBooking b) throws CatalogUnavailableException {
        try {
            BookingResult res = client.book(CatalogMapping.booking(b));
            if (res.booked()) {
                return BookingAnswer.confirmed(res.booking().confirmationCode());
            }
            return BookingAnswer.refused("SLOT_TAKEN: the slot was booked by another school",
                    mapping.slots(res.nextFreeSlots()));
        } catch (CatalogException e) {
            if (e.failure() == CatalogException.Failure.REFUSED) {
                return BookingAnswer.refused(reason(e),
                        e.error().map(err -> mapping.slots(err.nextFreeSlots())).orElse(List.of()));
            }
            throw unavailable(e);
        }
    }

    @Override
    public Optional<VisitBooking> lookUp(String code) throws CatalogUnavailableException {
        try {
            return client.booking(code).map(mapping::booking);
        } catch (CatalogException e) {
            throw unavailable(e);
        }
    }

    private LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, zone);
    }

    private static String reason(CatalogException e) {
        return e.error().map(err -> err.code() + ": " + err.message().in("en")).orElse(e.code());
    }

    private static CatalogUnavailableException unavailable(CatalogException e) {
        return new CatalogUnavailableException(e.getMessage(), e);
    }
}
