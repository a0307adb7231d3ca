package org.pustaka.kiosk.booking.central;

import java.util.List;
import java.util.Optional;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.hub.DeliveryListener;
import org.pustaka.kiosk.hub.OutboxKinds;
import org.pustaka.kiosk.hub.RegistrationPayload;
import org.pustaka.kiosk.library.http.ApiJson;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.catalog.api.BookingResult;
import org.pustaka.catalog.api.RegistrationResult;
import org.pustaka.kiosk.events.EventStore;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.visits.VisitStore;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the central catalog's answers to sign-ups and bookings that waited in the outbox back into the
 * local store, so the visitor and the teacher see them on their next visit: CONFIRMED, or WAITLISTED with
 * the catalog's position when the event filled up meanwhile; REFUSED with the reason; a booking confirmed
 * under the catalog's code, or refused with the next free slots it offered. The hub's outbox sender keeps
 * each refused record as REJECTED with the reason, which is the record for staff. Runs on the sender's
 * thread; each answer is one short local write.
 */
public final class CatalogAnswers implements DeliveryListener {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogAnswers.class);

    private final EventStore events;
    private final VisitStore visits;
    private final CatalogMapping mapping;

    public CatalogAnswers(EventStore events, VisitStore visits, CatalogMapping mapping) {
        this.events = events;
        this.visits = visits;
        this.mapping = mapping;
    }

    @Override
    public void accepted(OutboxRecord record, String answerJson) {
        try {
            if (OutboxKinds.REGISTRATION.equals(record.kind())) {
                RegistrationResult res = ApiJson.read(answerJson, RegistrationResult.class);
                RegistrationStatus status = switch (res.status()) {
                    case CONFIRMED -> RegistrationStatus.CONFIRMED;
                    case WAITLISTED -> RegistrationStatus.WAITLISTED;
                    case CANCELLED -> RegistrationStatus.CANCELLED;
                    case FULL -> RegistrationStatus.REFUSED;
                };
                registration(record).ifPresent(r -> events.saveRegistration(r.with(status, res.waitlistPosition()), null));
            } else if (OutboxKinds.VISIT.equals(record.kind())) {
                BookingResult res = ApiJson.read(answerJson, BookingResult.class);
                visits.byId(record.id()).ifPresent(b -> visits.update(b.withOutcome(BookingStatus.CONFIRMED,
                        res.booking().confirmationCode(), List.of(), "")));
            }
        } catch (CatalogException | RuntimeException e) {
            LOG.warn("the central catalog's answer to {} {} could not be stored: {}", record.kind(), record.id(),
                    e.getMessage());
        }
    }

    @Override
    public void rejected(OutboxRecord record, String reason, String answerJson) {
        if (OutboxKinds.REGISTRATION.equals(record.kind())) {
            registration(record).ifPresent(r -> events.saveRegistration(
                    r.with(RegistrationStatus.REFUSED, 0).withNote(reason), null));
        } else if (OutboxKinds.VISIT.equals(record.kind())) {
            Optional<VisitBooking> found = visits.byId(record.id());
            if (found.isEmpty()) {
                return;
            }
            List<VisitSlot> offered = offered(answerJson);
            visits.saveSlots(offered);
            visits.update(found.get().withOutcome(BookingStatus.REFUSED, found.get().code(), offered, reason));
            LOG.info("visit booking {} refused by the central catalog ({}); {} other slots offered",
                    found.get().code(), reason, offered.size());
        }
    }

    private List<VisitSlot> offered(String answerJson) {
        if (answerJson == null || answerJson.isBlank()) {
            return List.of();
        }
        try {
            return mapping.slots(ApiJson.read(answerJson, BookingResult.class).nextFreeSlots());
        } catch (CatalogException e) {
            return List.of();
        }
    }

    /** The registration a record is about, rebuilt from its payload (the store updates it by id). */
    private static Optional<Registration> registration(OutboxRecord record) {
        try {
            RegistrationPayload p = ApiJson.read(record.payload(), RegistrationPayload.class);
            org.pustaka.kiosk.events.Registrant who = p.memberId() != null
                    ? new org.pustaka.kiosk.events.Registrant.Member(p.memberId())
                    : new org.pustaka.kiosk.events.Registrant.Guest(nonNull(p.guestName()), nonNull(p.guestPhone()));
            return Optional.of(new Registration(record.id(), p.eventId(), who, p.partySize(), RegistrationStatus.PENDING,
                    0, record.createdAt(), ""));
        } catch (CatalogException | RuntimeException e) {
            LOG.warn("outbox record {} holds no readable registration: {}", record.id(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
