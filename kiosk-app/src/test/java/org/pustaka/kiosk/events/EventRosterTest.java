package org.pustaka.kiosk.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.booking.Problem;
import org.pustaka.kiosk.booking.Sentence;

class EventRosterTest {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    /** Applies outcomes to a list the way the store does, keeping sign-up order. */
    static final class Book {
        final LibraryEvent event;
        final List<Registration> rows = new ArrayList<>();

        Book(int capacity) {
            ZonedDateTime start = ZonedDateTime.of(2026, 12, 5, 9, 0, 0, 0, WIB);
            event = new LibraryEvent("LD-1", new Sentence("Literasi Digital", "Digital Literacy"),
                    new Sentence("d", "d"), EventCategory.LITERASI_DIGITAL, start, start.plusHours(2), "Lab",
                    Audience.CHILDREN, 7, 12, capacity, capacity);
        }

        EventRoster roster() {
            return new EventRoster(event, rows);
        }

        RosterOutcome apply(RosterOutcome o) {
            for (Registration r : o.changed()) {
                int i = indexOf(r.id());
                if (i < 0) {
                    rows.add(r);
                } else {
                    rows.set(i, r);
                }
            }
            return o;
        }

        Registration signUp(String member, int party) {
            return apply(roster().signUp(UUID.randomUUID(), new Registrant.Member(member), party, NOW)).subject().orElseThrow();
        }

        Registration get(UUID id) {
            return rows.get(indexOf(id));
        }

        private int indexOf(UUID id) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(id)) {
                    return i;
                }
            }
            return -1;
        }
    }

    @Test
    void confirmsWhileSeatsLastThenWaitlistsInOrder() {
        Book book = new Book(5);
        assertThat(book.signUp("A", 2).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(book.signUp("B", 3).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(book.roster().seatsLeft()).isZero();
        Registration c = book.signUp("C", 1);
        Registration d = book.signUp("D", 2);
        assertThat(c.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(c.waitlistPosition()).isEqualTo(1);
        assertThat(d.waitlistPosition()).isEqualTo(2);
        assertThat(book.roster().seatsTaken()).isEqualTo(5);
    }

    @Test
    void aSmallPartyDoesNotJumpAheadOfThoseAlreadyWaiting() {
        Book book = new Book(4);
        book.signUp("A", 3);
        Registration b = book.signUp("B", 2);
        assertThat(b.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        Registration c = book.signUp("C", 1);
        assertThat(c.status()).as("one seat is free, but B waits first").isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(c.waitlistPosition()).isEqualTo(2);
    }

    @Test
    void cancellationByTheSameMemberPromotesTheFirstWaitlisted() {
        Book book = new Book(4);
        Registration a = book.signUp("A", 2);
        book.signUp("B", 2);
        Registration c = book.signUp("C", 2);
        Registration d = book.signUp("D", 1);
        RosterOutcome o = book.apply(book.roster().cancel(a.id(), "A"));
        assertThat(o.isRefused()).isFalse();
        assertThat(book.get(a.id()).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(book.get(c.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(book.get(d.id()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(book.get(d.id()).waitlistPosition()).isEqualTo(1);
        assertThat(o.event().seatsLeft()).isZero();
    }

    @Test
    void promotionStopsAtTheFirstPartyThatDoesNotFit() {
        Book book = new Book(4);
        Registration a = book.signUp("A", 1);
        book.signUp("B", 3);
        Registration c = book.signUp("C", 3);
        Registration d = book.signUp("D", 1);
        book.apply(book.roster().cancel(a.id(), "A"));
        assertThat(book.get(c.id()).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(book.get(c.id()).waitlistPosition()).isEqualTo(1);
        assertThat(book.get(d.id()).status()).as("D may not overtake C").isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(book.get(d.id()).waitlistPosition()).isEqualTo(2);
        assertThat(book.roster().seatsLeft()).isEqualTo(1);
    }

    @Test
    void anotherMemberCannotCancelAndNothingChanges() {
        Book book = new Book(2);
        Registration a = book.signUp("A", 2);
        RosterOutcome o = book.roster().cancel(a.id(), "B");
        assertThat(o.isRefused()).isTrue();
        assertThat(o.changed()).isEmpty();
        assertThat(o.problems().get(0).message().en()).contains("not on your card");
    }

    @Test
    void cancellingFromTheWaitlistRenumbersThoseBehind() {
        Book book = new Book(1);
        book.signUp("A", 1);
        Registration b = book.signUp("B", 1);
        Registration c = book.signUp("C", 1);
        book.apply(book.roster().cancel(b.id(), "B"));
        assertThat(book.get(c.id()).waitlistPosition()).isEqualTo(1);
        assertThat(book.roster().seatsLeft()).isZero();
    }

    @Test
    void refusesDoubleSignUpOversizedPartiesAndStartedEvents() {
        Book book = new Book(3);
        book.signUp("A", 1);
        assertThat(book.roster().signUp(UUID.randomUUID(), new Registrant.Member("A"), 1, NOW).isRefused()).isTrue();
        assertThat(book.roster().signUp(UUID.randomUUID(), new Registrant.Member("B"), 4, NOW).problems())
                .extracting(Problem::field).containsExactly("partySize");
        Instant started = book.event.start().toInstant();
        assertThat(book.roster().signUp(UUID.randomUUID(), new Registrant.Member("C"), 1, started).isRefused()).isTrue();
    }

    @Test
    void guestsMaySignUpMoreThanOnce() {
        Book book = new Book(3);
        Registrant guest = new Registrant.Guest("Sari", "+6281234567890");
        book.apply(book.roster().signUp(UUID.randomUUID(), guest, 1, NOW));
        assertThat(book.roster().signUp(UUID.randomUUID(), guest, 1, NOW).isRefused()).isFalse();
    }
}
