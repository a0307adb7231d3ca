package org.pustaka.kiosk.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class EventRosterPropertiesTest {

    /** A step: sign member {@code who} up with a party, or (party 0) cancel that member's registration. */
    record Step(int who, int party) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 4))
                .as(Step::new).list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void neverOverbooksAndTheWaitlistStaysInSignUpOrder(@ForAll("steps") List<Step> steps,
                                                        @ForAll @IntRange(min = 1, max = 8) int capacity) {
        EventRosterTest.Book book = new EventRosterTest.Book(capacity);
        for (Step s : steps) {
            String member = "M" + s.who();
            if (s.party() == 0) {
                book.rows.stream().filter(r -> r.belongsTo(member) && r.status().isActive()).findFirst()
                        .ifPresent(r -> book.apply(book.roster().cancel(r.id(), member)));
            } else {
                book.apply(book.roster().signUp(java.util.UUID.randomUUID(), new Registrant.Member(member), s.party(),
                        EventRosterTest.NOW));
            }
            EventRoster roster = book.roster();
            assertThat(roster.seatsTaken()).isLessThanOrEqualTo(capacity);
            List<Registration> waiting = roster.waitlist();
            List<Integer> positions = new ArrayList<>();
            waiting.forEach(r -> positions.add(r.waitlistPosition()));
            assertThat(positions).as("positions 1..n in sign-up order")
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, waiting.size()).boxed().toList());
            assertThat(waiting).isSortedAccordingTo(Comparator.comparingInt(book.rows::indexOf));
            if (!waiting.isEmpty()) {
                assertThat(waiting.get(0).partySize()).as("the first waiting party does not fit in the seats left")
                        .isGreaterThan(roster.seatsLeft());
            }
        }
    }
}
