package org.pustaka.kiosk.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A member's sign-ups as every event desk reads them from the kiosk's store: the local desk's whole
 * truth, the central desk's copy of the catalog's answers. Blocking, like the store.
 */
public final class SignUps {

    private SignUps() {
    }

    /** The member's registrations for events ending after {@code now}, each with its event; one whose event is gone is left out. */
    public static List<RegistrationResult.Done> of(EventStore store, String memberId, Instant now) {
        List<RegistrationResult.Done> out = new ArrayList<>();
        for (Registration r : store.registrationsOf(memberId, now)) {
            store.event(r.eventId()).ifPresent(e -> out.add(new RegistrationResult.Done(r, e)));
        }
        return out;
    }

    /** The member's registration {@code id} for an event ending after {@code now}; empty when there is none. */
    public static Optional<Registration> find(EventStore store, String memberId, UUID id, Instant now) {
        return store.registrationsOf(memberId, now).stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
