package org.pustaka.kiosk.events.central;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.kiosk.events.EventDesk;
import org.pustaka.kiosk.events.EventDeskText;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.LocalEventDesk;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.events.SignUpRules;
import org.pustaka.kiosk.events.SignUps;
import org.pustaka.kiosk.hub.CancellationPayload;
import org.pustaka.kiosk.hub.OutboxKinds;
import org.pustaka.kiosk.events.EventStore;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pustaka.kiosk.booking.central.BookingCatalog;
import org.pustaka.kiosk.booking.central.CatalogMapping;
import org.pustaka.kiosk.booking.central.CatalogUnavailableException;
import org.pustaka.kiosk.booking.central.CentralText;
import org.pustaka.kiosk.booking.central.RegistrationAnswer;

/**
 * Events with the central catalog as the source of truth. Listings are cached in the local store and
 * shown from there while the catalog is away. A sign-up goes to the catalog at once; when it cannot
 * answer, the sign-up is kept here as PENDING with its report in the outbox (kind
 * {@code registration}) in one transaction; the hub's outbox sender delivers it when the catalog returns
 * and {@link CatalogAnswers} writes the answer back. A cancellation while the catalog is away is kept
 * the same way (kind {@code registration-cancel}); a pending sign-up cancelled before it was sent is
 * withdrawn from the outbox, and its cancellation is queued too, since the attempt at sign-up time may
 * have reached the catalog with its answer lost.
 */
public final class CentralEventDesk implements EventDesk {
    private static final Logger LOG = LoggerFactory.getLogger(CentralEventDesk.class);

    private final BookingCatalog catalog;
    private final EventStore store;
    private final OutboxStore outbox;
    private final Clock clock;

    public CentralEventDesk(BookingCatalog catalog, EventStore store, OutboxStore outbox, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public List<LibraryEvent> upcoming() {
        Instant now = clock.instant();
        Instant to = now.plus(LocalEventDesk.HORIZON);
        try {
            store.saveEvents(catalog.events(now, to));
        } catch (CatalogUnavailableException e) {
            LOG.info("showing cached events: {}", e.getMessage());
        }
        return store.events(now, to);
    }

    @Override
    public RegistrationResult signUp(SignUpRequest request) {
        return SignUpRules.answer(request, this::take);
    }

    private RegistrationResult take(SignUpRequest r) {
        Optional<LibraryEvent> event = store.event(r.eventId());
        if (event.isEmpty()) {
            return new RegistrationResult.Refused(List.of(EventDeskText.noSuchEvent()));
        }
        Instant now = clock.instant();
        Registration pending = new Registration(UUID.randomUUID(), r.eventId(), r.registrant(), r.partySize(),
                RegistrationStatus.PENDING, 0, now, "");
        try {
            RegistrationAnswer answer = catalog.register(pending, r.language());
            if (answer.status() == RegistrationStatus.REFUSED) {
                return new RegistrationResult.Refused(List.of(CentralText.refusedByCatalog(answer.reason())));
            }
            Registration taken = pending.with(answer.status(), answer.waitlistPosition());
            store.saveRegistration(taken, null);
            return new RegistrationResult.Done(taken, event.get());
        } catch (CatalogUnavailableException e) {
            LOG.info("sign-up {} held as pending: {}", pending.id(), e.getMessage());
            store.saveRegistration(pending, OutboxRecord.pending(pending.id(), OutboxKinds.REGISTRATION,
                    CatalogMapping.json(CatalogMapping.registration(pending, r.language())), now));
            return new RegistrationResult.Done(pending, event.get());
        }
    }

    @Override
    public RegistrationResult cancel(UUID registrationId, String memberId) {
        Optional<Registration> found = SignUps.find(store, memberId, registrationId, clock.instant());
        if (found.isEmpty() || !found.get().belongsTo(memberId) || !found.get().status().isActive()) {
            return new RegistrationResult.Refused(List.of(CentralText.notYours()));
        }
        Registration r = found.get();
        Registration cancelled = r.with(RegistrationStatus.CANCELLED, 0);
        if (r.status() == RegistrationStatus.PENDING) {
            // The outbox never sends it now; but the attempt at sign-up time may have reached the catalog
            // with its answer lost, so a cancellation follows (the catalog answers REGISTRATION_UNKNOWN when
            // it never had it), or the catalog would keep a seat the member gave back.
            outbox.markRejected(r.id(), "cancelled by the member before it was sent");
            UUID id = UUID.randomUUID();
            store.saveRegistration(cancelled, OutboxRecord.pending(id, OutboxKinds.REGISTRATION_CANCEL,
                    CatalogMapping.json(new CancellationPayload(id, r.eventId(), r.id())), clock.instant()));
        } else {
            try {
                catalog.cancel(r);
                store.saveRegistration(cancelled, null);
            } catch (CatalogUnavailableException e) {
                LOG.info("cancellation of {} held for the outbox: {}", r.id(), e.getMessage());
                UUID id = UUID.randomUUID();
                store.saveRegistration(cancelled, OutboxRecord.pending(id, OutboxKinds.REGISTRATION_CANCEL,
                        CatalogMapping.json(new CancellationPayload(id, r.eventId(), r.id())), clock.instant()));
            }
        }
        return new RegistrationResult.Done(cancelled, store.event(r.eventId()).orElseThrow());
    }

    @Override
    public List<RegistrationResult.Done> registrationsOf(String memberId) {
        return SignUps.of(store, memberId, clock.instant());
    }
}
