package org.pustaka.kiosk.visits.central;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.kiosk.booking.Problem;
import org.pustaka.kiosk.hub.OutboxKinds;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.visits.VisitStore;
import org.pustaka.kiosk.visits.BookingResult;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.ConfirmationCode;
import org.pustaka.kiosk.visits.LocalVisitDesk;
import org.pustaka.kiosk.visits.VisitBooking;
import org.pustaka.kiosk.visits.VisitDesk;
import org.pustaka.kiosk.visits.VisitDeskText;
import org.pustaka.kiosk.visits.VisitRequest;
import org.pustaka.kiosk.visits.VisitRules;
import org.pustaka.kiosk.visits.VisitSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pustaka.kiosk.booking.central.BookingAnswer;
import org.pustaka.kiosk.booking.central.BookingCatalog;
import org.pustaka.kiosk.booking.central.CatalogMapping;
import org.pustaka.kiosk.booking.central.CatalogUnavailableException;

/**
 * School visits with the central catalog as the source of truth. Slot listings are cached locally. A
 * booking goes to the catalog at once; when it cannot answer, the booking is kept here as PENDING with a
 * code made at the kiosk and its report in the outbox (kind {@code visit}, delivered by the hub's outbox sender, answered through {@link CatalogAnswers}); the slot is then
 * held at this kiosk so nobody else books it here. Look-up by code covers the bookings made at this
 * kiosk first, including the catalog's answer to pending ones (confirmed, or refused with slots offered),
 * then asks the catalog for bookings made elsewhere.
 */
public final class CentralVisitDesk implements VisitDesk {
    private static final Logger LOG = LoggerFactory.getLogger(CentralVisitDesk.class);

    private final BookingCatalog catalog;
    private final VisitStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final ConfirmationCode codes;

    public CentralVisitDesk(BookingCatalog catalog, VisitStore store, Clock clock, ZoneId zone, ConfirmationCode codes) {
        this.catalog = catalog;
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.codes = codes;
    }

    @Override
    public List<VisitSlot> freeSlots() {
        Instant from = LocalVisitDesk.firstBookable(clock, zone);
        Instant to = clock.instant().plus(LocalVisitDesk.HORIZON);
        try {
            store.saveSlots(catalog.slots(from, to));
        } catch (CatalogUnavailableException e) {
            LOG.info("showing cached visit slots: {}", e.getMessage());
        }
        return store.slots(from, to).stream().filter(VisitSlot::free).toList();
    }

    @Override
    public BookingResult book(VisitRequest request) {
        Optional<VisitSlot> slot = store.slots(LocalVisitDesk.firstBookable(clock, zone), clock.instant().plus(LocalVisitDesk.HORIZON)).stream()
                .filter(s -> s.id().equals(request.slotId())).findFirst();
        if (slot.isEmpty()) {
            return new BookingResult.Refused(List.of(VisitDeskText.noSuchSlot()), freeSlots());
        }
        if (!slot.get().free()) {
            return new BookingResult.Refused(List.of(VisitDeskText.slotTaken()), freeSlots());
        }
        List<Problem> problems = VisitRules.check(request, slot.get());
        if (!problems.isEmpty()) {
            return new BookingResult.Refused(problems, List.of());
        }
        VisitBooking booking = new VisitBooking(UUID.randomUUID(), codes.next(), slot.get().withFree(false),
                VisitRules.normalised(request), BookingStatus.PENDING, List.of(), clock.instant(), "");
        try {
            BookingAnswer answer = catalog.book(booking);
            if (!answer.confirmed()) {
                store.saveSlots(answer.nextFreeSlots());
                return new BookingResult.Refused(List.of(VisitDeskText.slotTaken()), answer.nextFreeSlots());
            }
            VisitBooking confirmed = booking.withOutcome(BookingStatus.CONFIRMED, answer.code(), List.of(), "");
            store.reserve(confirmed, null);
            return new BookingResult.Booked(confirmed);
        } catch (CatalogUnavailableException e) {
            LOG.info("visit booking {} held as pending: {}", booking.id(), e.getMessage());
            VisitStore.Reservation held = store.reserve(booking,
                    OutboxRecord.pending(booking.id(), OutboxKinds.VISIT,
                            CatalogMapping.json(CatalogMapping.booking(booking)), booking.createdAt()));
            return switch (held) {
                case BOOKED -> new BookingResult.Booked(booking);
                case SLOT_TAKEN, CODE_IN_USE -> new BookingResult.Refused(List.of(VisitDeskText.slotTaken()), freeSlots());
                case NO_SUCH_SLOT -> new BookingResult.Refused(List.of(VisitDeskText.noSuchSlot()), freeSlots());
            };
        }
    }

    @Override
    public Optional<VisitBooking> lookUp(String code) {
        List<String> candidates = ConfirmationCode.candidates(code);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<VisitBooking> here = candidates.stream().map(store::byCode).flatMap(Optional::stream).findFirst();
        if (here.isPresent()) {
            return here;
        }
        try {
            return catalog.lookUp(code.trim().toUpperCase(java.util.Locale.ROOT).replace(" ", ""));
        } catch (CatalogUnavailableException e) {
            LOG.info("booking look-up limited to this kiosk: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
