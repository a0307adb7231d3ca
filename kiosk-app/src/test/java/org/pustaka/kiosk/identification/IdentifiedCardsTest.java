package org.pustaka.kiosk.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.CardListener;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.api.CardRead;
import org.pustaka.hardware.sim.SimCardScanner;

/** The technician's "scan a card" test reads the last card from here: masked, and whatever reader read it. */
class IdentifiedCardsTest {

    @Test
    void theLastCardReadIsKeptMaskedAndStillGoesOnNormalised() {
        SimCardScanner scanner = new SimCardScanner();
        IdentifiedCards cards = new IdentifiedCards(scanner, new MemberNumbers("", "", true, ""), CardPairings.NONE);
        List<String> delivered = new CopyOnWriteArrayList<>();
        cards.listen(new CardListener() {
            @Override
            public void card(CardRead read) {
                delivered.add(read.value());
            }

            @Override
            public void problem(CardProblem problem) {
            }
        });
        assertThat(cards.lastReadMasked()).as("no card yet").isEmpty();

        scanner.scan("002024000123");

        assertThat(cards.lastReadMasked()).isEqualTo("sim number ********0123").doesNotContain("2024000123");
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered.contains("2024000123"));
        scanner.scan("2024000456");
        assertThat(cards.lastReadMasked()).isEqualTo("sim number ******0456");
        cards.close();
    }
}
