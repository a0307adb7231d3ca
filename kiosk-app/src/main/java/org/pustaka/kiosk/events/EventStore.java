package org.pustaka.kiosk.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pustaka.kiosk.events.EventRoster;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.Registration;
import org.pustaka.kiosk.events.RosterOutcome;
import org.pustaka.kiosk.store.OutboxRecord;

/**
 * Events and registrations kept at the kiosk: the whole truth in local mode, a cache plus the pending
 * sign-ups when a central catalog is the source of truth. Blocking JDBC calls: use from worker threads;
 * every method throws {@link StoreException} when the database fails.
 */
public interface EventStore {

    /** Adds or replaces events (the seed, or the central catalog's latest listing). */
    void saveEvents(List<LibraryEvent> events);

    /** Events starting in [{@code from}, {@code to}), soonest first. */
    List<LibraryEvent> events(Instant from, Instant to);

    Optional<LibraryEvent> event(String id);

    /**
     * Applies {@code change} to the event's roster atomically: the event is locked, its registrations
     * read, the outcome's changed registrations and seats left written in the same transaction. Empty
     * when there is no such event.
     */
    Optional<RosterOutcome> changeRoster(String eventId, Function<EventRoster, RosterOutcome> change);

    /** Adds or replaces one registration, with its report for the central catalog ({@code null} for none) in the same transaction. */
    void saveRegistration(Registration registration, OutboxRecord report);


    /** A member's registrations (every status) for events ending after {@code after}, soonest event first. */
    List<Registration> registrationsOf(String memberId, Instant after);
}
