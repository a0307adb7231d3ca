package org.pustaka.kiosk.visits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.kiosk.booking.Problem;

/**
 * School visits with the local store as the source of truth (no central catalog configured, the demo
 * default). One school group per slot; the store reserves the slot under a lock, so two teachers at the
 * kiosk never both get it.
 */
public final class LocalVisitDesk implements VisitDesk {
    /** How far ahead teachers may book: a school half-term. */
    public static final Duration HORIZON = Duration.ofDays(8 * 7);
    private static final int CODE_ATTEMPTS = 8;

    private final VisitStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final ConfirmationCode codes;

    public LocalVisitDesk(VisitStore store, Clock clock, ZoneId zone, ConfirmationCode codes) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.codes = codes;
    }

    @Override
    public List<VisitSlot> freeSlots() {
        return slots().stream().filter(VisitSlot::free).toList();
    }

    @Override
    public BookingResult book(VisitRequest request) {
        Optional<VisitSlot> slot = slots().stream().filter(s -> s.id().equals(request.slotId())).findFirst();
        if (slot.isEmpty()) {
            return new BookingResult.Refused(List.of(VisitDeskText.noSuchSlot()), freeSlots());
        }
        List<Problem> problems = VisitRules.check(request, slot.get());
        if (!problems.isEmpty()) {
            return new BookingResult.Refused(problems, List.of());
        }
        VisitRequest r = VisitRules.normalised(request);
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            VisitBooking booking = new VisitBooking(UUID.randomUUID(), codes.next(), slot.get().withFree(false), r,
                    BookingStatus.CONFIRMED, List.of(), clock.instant(), "");
            switch (store.reserve(booking, null)) {
                case BOOKED -> {
                    return new BookingResult.Booked(booking);
                }
                case SLOT_TAKEN -> {
                    return new BookingResult.Refused(List.of(VisitDeskText.slotTaken()), freeSlots());
                }
                case NO_SUCH_SLOT -> {
                    return new BookingResult.Refused(List.of(VisitDeskText.noSuchSlot()), freeSlots());
                }
                case CODE_IN_USE -> {
                    // draw another code
                }
            }
        }
        throw new IllegalStateException("no unused confirmation code after " + CODE_ATTEMPTS + " draws");
    }

    @Override
    public Optional<VisitBooking> lookUp(String code) {
        return ConfirmationCode.candidates(code).stream().map(store::byCode).flatMap(Optional::stream).findFirst();
    }

    private List<VisitSlot> slots() {
        return store.slots(firstBookable(clock, zone), clock.instant().plus(HORIZON));
    }

    /** The start of tomorrow in the library's zone: a class needs a day's notice, so slots begin there. */
    public static Instant firstBookable(Clock clock, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone)).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
