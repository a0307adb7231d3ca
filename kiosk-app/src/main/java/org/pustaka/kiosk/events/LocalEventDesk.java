package org.pustaka.kiosk.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Events with the local store as the source of truth (no central catalog configured, the demo default).
 * Each sign-up and cancellation runs the {@link EventRoster} rules in one database transaction.
 */
public final class LocalEventDesk implements EventDesk {
    /** How far ahead the list looks. */
    public static final Duration HORIZON = Duration.ofDays(42);

    private final EventStore store;
    private final Clock clock;

    public LocalEventDesk(EventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<LibraryEvent> upcoming() {
        Instant now = clock.instant();
        return store.events(now, now.plus(HORIZON));
    }

    @Override
    public RegistrationResult signUp(SignUpRequest request) {
        return SignUpRules.answer(request, r -> {
            UUID id = UUID.randomUUID();
            Instant now = clock.instant();
            return answer(store.changeRoster(r.eventId(), roster -> roster.signUp(id, r.registrant(), r.partySize(), now)));
        });
    }

    @Override
    public RegistrationResult cancel(UUID registrationId, String memberId) {
        Optional<Registration> reg = SignUps.find(store, memberId, registrationId, clock.instant());
        if (reg.isEmpty()) {
            return new RegistrationResult.Refused(List.of(EventDeskText.notFound()));
        }
        return answer(store.changeRoster(reg.get().eventId(), roster -> roster.cancel(registrationId, memberId)));
    }

    @Override
    public List<RegistrationResult.Done> registrationsOf(String memberId) {
        return SignUps.of(store, memberId, clock.instant());
    }

    private static RegistrationResult answer(Optional<RosterOutcome> outcome) {
        if (outcome.isEmpty()) {
            return new RegistrationResult.Refused(List.of(EventDeskText.noSuchEvent()));
        }
        RosterOutcome o = outcome.get();
        if (o.isRefused()) {
            return new RegistrationResult.Refused(o.problems());
        }
        return new RegistrationResult.Done(o.subject().orElseThrow(), o.event());
    }
}
