package org.pustaka.kiosk.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.kiosk.booking.Problem;

/**
 * The seat rules of one event, as plain functions over its registrations (in the order they were made).
 * <ul>
 * <li>No overbooking: confirmed parties never sum to more than the capacity.</li>
 * <li>A party that fits in the seats left is confirmed; otherwise it joins the end of the waitlist.
 * A party larger than the whole capacity is refused.</li>
 * <li>A member holds at most one active registration per event.</li>
 * <li>When the member who made a registration cancels it, the freed seats go to the waitlist in
 * strict order: the first waitlisted party is promoted if it fits, then the next, and promotion stops
 * at the first party that does not fit, so nobody is overtaken by a smaller party behind them.</li>
 * </ul>
 * The store runs these inside one database transaction, which makes them atomic.
 */
public record EventRoster(LibraryEvent event, List<Registration> registrations) {

    public EventRoster {
        registrations = List.copyOf(registrations);
    }

    public int seatsTaken() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .mapToInt(Registration::partySize).sum();
    }

    public int seatsLeft() {
        return Math.max(0, event.capacity() - seatsTaken());
    }

    private LibraryEvent current() {
        return event.withSeatsLeft(seatsLeft());
    }

    public List<Registration> waitlist() {
        return registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).toList();
    }

    /** Confirms a new registration, or waitlists it when the seats are gone or others are already waiting. */
    public RosterOutcome signUp(UUID id, Registrant registrant, int partySize, Instant now) {
        if (!now.isBefore(event.start().toInstant())) {
            return RosterOutcome.refused(current(), Problem.from(Problem.WHOLE_REQUEST, "event.started"));
        }
        if (partySize > event.capacity()) {
            return RosterOutcome.refused(current(), Problem.from("partySize", "party.overCapacity", event.capacity()));
        }
        if (registrant instanceof Registrant.Member m && registrations.stream()
                .anyMatch(r -> r.status().isActive() && r.belongsTo(m.memberId()))) {
            return RosterOutcome.refused(current(), Problem.from(Problem.WHOLE_REQUEST, "signUp.already"));
        }
        Registration r;
        if (waitlist().isEmpty() && partySize <= seatsLeft()) {
            r = new Registration(id, event.id(), registrant, partySize, RegistrationStatus.CONFIRMED, 0, now, "");
        } else {
            r = new Registration(id, event.id(), registrant, partySize, RegistrationStatus.WAITLISTED,
                    waitlist().size() + 1, now, "");
        }
        int left = r.status() == RegistrationStatus.CONFIRMED ? seatsLeft() - partySize : seatsLeft();
        return new RosterOutcome(event.withSeatsLeft(left), Optional.of(r), List.of(r), List.of());
    }

    /** Cancels {@code id} for {@code memberId}, then promotes from the waitlist in order. */
    public RosterOutcome cancel(UUID id, String memberId) {
        Optional<Registration> found = registrations.stream().filter(r -> r.id().equals(id)).findFirst();
        if (found.isEmpty() || !found.get().belongsTo(memberId)) {
            return RosterOutcome.refused(current(), Problem.from(Problem.WHOLE_REQUEST, "signUp.notYours"));
        }
        Registration target = found.get();
        if (!target.status().isActive()) {
            return RosterOutcome.refused(current(), Problem.from(Problem.WHOLE_REQUEST, "signUp.cancelled"));
        }
        List<Registration> changed = new ArrayList<>();
        Registration cancelled = target.with(RegistrationStatus.CANCELLED, 0);
        changed.add(cancelled);
        int left = seatsLeft() + (target.status() == RegistrationStatus.CONFIRMED ? target.partySize() : 0);
        boolean promoting = true;
        int position = 0;
        for (Registration w : waitlist()) {
            if (w.id().equals(id)) {
                continue;
            }
            if (promoting && w.partySize() <= left) {
                left -= w.partySize();
                changed.add(w.with(RegistrationStatus.CONFIRMED, 0));
            } else {
                promoting = false;
                position++;
                if (w.waitlistPosition() != position) {
                    changed.add(w.with(RegistrationStatus.WAITLISTED, position));
                }
            }
        }
        return new RosterOutcome(event.withSeatsLeft(left), Optional.of(cancelled), changed, List.of());
    }
}
