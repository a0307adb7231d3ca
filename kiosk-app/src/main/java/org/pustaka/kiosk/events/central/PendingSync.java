package org.pustaka.kiosk.events.central;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.store.EventStore;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.OutboxStore;
import org.pustaka.kiosk.store.VisitStore;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.VisitBooking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the sign-ups and bookings taken while the central catalog was away (outbox kinds
 * {@code registration} and {@code visit}), oldest first, and writes the catalog's answer back: CONFIRMED
 * or WAITLISTED with its position (a full event puts the late sign-up on the waitlist), or REFUSED, which
 * for a booking keeps the next free slots the catalog offered for the teacher's next visit and leaves the
 * outbox record REJECTED with the reason for staff. A pass stops at the first record the catalog cannot
 * answer, so order is kept; the record stays pending and goes again, with the same id, next pass.
 * An id is marked sent only after its answer is stored; a crash in between sends it once more and the
 * catalog, deduplicating by id, answers the same without a second seat.
 */
public final class PendingSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PendingSync.class);
    private static final int BATCH = 50;

    private final BookingCatalog catalog;
    private final OutboxStore outbox;
    private final EventStore events;
    private final VisitStore visits;
    private final CatalogJson json;
    private ScheduledExecutorService timer;

    public PendingSync(BookingCatalog catalog, OutboxStore outbox, EventStore events, VisitStore visits, CatalogJson json) {
        this.catalog = catalog;
        this.outbox = outbox;
        this.events = events;
        this.visits = visits;
        this.json = json;
    }

    /** One pass over everything pending. Blocking; runs on the caller's thread. */
    public synchronized SyncReport runOnce() {
        return registrations().plus(bookings());
    }

    /** Runs a pass every {@code interval} on a daemon thread of its own until {@link #close}. */
    public synchronized void start(Duration interval) {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "booking-sync");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.warn("booking sync pass failed; trying again next pass", e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (this) {
            t = timer;
            timer = null;
        }
        if (t != null) {
            t.shutdownNow();
        }
    }

    private SyncReport registrations() {
        int answered = 0;
        int refused = 0;
        List<OutboxRecord> pending = outbox.pending(CentralEventDesk.OUTBOX_KIND, BATCH);
        for (int i = 0; i < pending.size(); i++) {
            OutboxRecord record = pending.get(i);
            Registration r;
            try {
                r = json.registrationFromBody(record.payload());
            } catch (Exception e) {
                outbox.markRejected(record.id(), "the kiosk cannot read this sign-up: " + e.getMessage());
                refused++;
                continue;
            }
            try {
                RegistrationAnswer answer = catalog.register(r);
                Registration now = r.with(answer.status(), answer.waitlistPosition()).withNote(answer.reason());
                events.saveRegistration(now, null);
                if (answer.status() == RegistrationStatus.REFUSED) {
                    outbox.markRejected(record.id(), "sign-up refused by the central catalog: " + answer.reason());
                    refused++;
                } else {
                    outbox.markSent(List.of(record.id()));
                    answered++;
                }
            } catch (CatalogUnavailableException e) {
                outbox.recordAttemptFailed(List.of(record.id()), e.getMessage());
                return new SyncReport(answered, refused, pending.size() - i);
            }
        }
        return new SyncReport(answered, refused, 0);
    }

    private SyncReport bookings() {
        int answered = 0;
        int refused = 0;
        List<OutboxRecord> pending = outbox.pending(CentralVisitDesk.OUTBOX_KIND, BATCH);
        for (int i = 0; i < pending.size(); i++) {
            OutboxRecord record = pending.get(i);
            Optional<VisitBooking> found = visits.byId(record.id());
            if (found.isEmpty() || found.get().status() != BookingStatus.PENDING) {
                outbox.markRejected(record.id(), "no pending booking with this id at the kiosk");
                refused++;
                continue;
            }
            VisitBooking b = found.get();
            try {
                BookingAnswer answer = catalog.book(b);
                if (answer.confirmed()) {
                    visits.update(b.withOutcome(BookingStatus.CONFIRMED, answer.code(), List.of(), ""));
                    outbox.markSent(List.of(record.id()));
                    answered++;
                } else {
                    visits.saveSlots(answer.nextFreeSlots());
                    String offered = answer.nextFreeSlots().stream().map(s -> s.id() + " " + s.start())
                            .reduce((a, c) -> a + "; " + c).orElse("none");
                    String note = "slot refused by the central catalog (" + answer.reason() + "); offered: " + offered;
                    visits.update(b.withOutcome(BookingStatus.REFUSED, b.code(), answer.nextFreeSlots(), note));
                    outbox.markRejected(record.id(), "visit booking " + b.code() + " for " + b.request().schoolName()
                            + ": " + note);
                    refused++;
                }
            } catch (CatalogUnavailableException e) {
                outbox.recordAttemptFailed(List.of(record.id()), e.getMessage());
                return new SyncReport(answered, refused, pending.size() - i);
            }
        }
        return new SyncReport(answered, refused, 0);
    }
}
