package org.pustaka.kiosk.events;

import java.util.List;
import java.util.Optional;
import org.pustaka.kiosk.booking.Problem;

/**
 * What a change to an event's roster produced: the event with its seats left afterwards, the
 * registration the visitor asked about (absent when refused), every registration whose status or
 * waitlist position changed (to be saved together, in one transaction), and the problems when refused.
 */
public record RosterOutcome(LibraryEvent event, Optional<Registration> subject, List<Registration> changed,
                            List<Problem> problems) {

    public RosterOutcome {
        changed = List.copyOf(changed);
        problems = List.copyOf(problems);
    }

    static RosterOutcome refused(LibraryEvent event, Problem problem) {
        return new RosterOutcome(event, Optional.empty(), List.of(), List.of(problem));
    }

    public boolean isRefused() {
        return !problems.isEmpty();
    }
}
