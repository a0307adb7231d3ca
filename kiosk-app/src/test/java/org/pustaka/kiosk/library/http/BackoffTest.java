package org.pustaka.kiosk.library.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));

    @Test
    void doublesWithJitterUpToTheCap() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delay(1, random).toMillis()).isBetween(50L, 100L);
            assertThat(backoff.delay(3, random).toMillis()).isBetween(200L, 400L);
            assertThat(backoff.delay(10, random).toMillis()).isBetween(1000L, 2000L);
            assertThat(backoff.delay(1000, random).toMillis()).isBetween(1000L, 2000L);
        }
    }

    @Test
    void jitterSpreadsKiosksApart() {
        Random random = new Random(11);
        long first = backoff.delay(4, random).toMillis();
        boolean differs = false;
        for (int i = 0; i < 20 && !differs; i++) {
            differs = backoff.delay(4, random).toMillis() != first;
        }
        assertThat(differs).isTrue();
    }
}
