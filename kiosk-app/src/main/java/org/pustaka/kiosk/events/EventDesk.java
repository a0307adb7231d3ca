package org.pustaka.kiosk.events;

import java.util.List;
import java.util.UUID;

/**
 * What the touchscreen and the demo ask of events. Every method blocks on the local database and, when a
 * central catalog is configured, on the network (bounded by its timeouts): call from a worker thread,
 * never the Swing event thread. Methods do not throw for a visitor's mistakes or an unreachable central
 * catalog: they answer {@link RegistrationResult.Refused} with sentences, or take the sign-up as PENDING.
 * They throw {@link org.pustaka.kiosk.store.StoreException} only when the local database fails.
 */
public interface EventDesk {

    /** Events from now on for the coming weeks, soonest first, with the seats left. */
    List<LibraryEvent> upcoming();

    /** Signs a member or guest up: confirmed when seats are left, waitlisted with a position when full. */
    RegistrationResult signUp(SignUpRequest request);

    /** Cancels a registration made by this member; the first waitlisted party moves up. */
    RegistrationResult cancel(UUID registrationId, String memberId);

    /** This member's registrations for events not yet over, pending ones included. */
    List<RegistrationResult.Done> registrationsOf(String memberId);
}
