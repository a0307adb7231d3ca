package org.pustaka.central.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaitlistPromotionTest {

    private static EventRepository.Row waiting(String id, int party) {
        return new EventRepository.Row(id, "e", party, Events.WAITLISTED);
    }

    @Test
    void theHeadOfTheListTakesAFreedSeat() {
        assertThat(WaitlistPromotion.toConfirm(1, List.of(waiting("a", 1), waiting("b", 1)))).containsExactly("a");
    }

    @Test
    void severalFitInOrderWhileSeatsLast() {
        assertThat(WaitlistPromotion.toConfirm(5, List.of(waiting("a", 2), waiting("b", 3), waiting("c", 1))))
                .containsExactly("a", "b");
    }

    @Test
    void aPartyThatDoesNotFitKeepsItsPlaceAndSmallerOnesBehindDoNotJumpIt() {
        assertThat(WaitlistPromotion.toConfirm(2, List.of(waiting("big", 3), waiting("small", 1)))).isEmpty();
    }

    @Test
    void noFreeSeatsOrAnEmptyListPromoteNobody() {
        assertThat(WaitlistPromotion.toConfirm(0, List.of(waiting("a", 1)))).isEmpty();
        assertThat(WaitlistPromotion.toConfirm(-2, List.of(waiting("a", 1)))).isEmpty();
        assertThat(WaitlistPromotion.toConfirm(4, List.of())).isEmpty();
    }
}
