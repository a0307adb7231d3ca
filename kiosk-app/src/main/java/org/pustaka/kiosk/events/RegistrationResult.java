package org.pustaka.kiosk.events;

import java.util.List;
import java.util.Objects;
import org.pustaka.kiosk.booking.Problem;

/** The answer to a sign-up or a cancellation: done (with the registration as it now stands) or refused. */
public sealed interface RegistrationResult {

    /**
     * Taken. The registration's status says how: CONFIRMED, WAITLISTED with a position, PENDING (the
     * central catalog was unreachable; it is sent when it returns) or CANCELLED after a cancellation.
     */
    record Done(Registration registration, LibraryEvent event) implements RegistrationResult {
        public Done {
            Objects.requireNonNull(registration, "registration");
            Objects.requireNonNull(event, "event");
        }
    }

    /** Not taken; each problem names the field to fix and says how, in both languages. */
    record Refused(List<Problem> problems) implements RegistrationResult {
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }
    }
}
