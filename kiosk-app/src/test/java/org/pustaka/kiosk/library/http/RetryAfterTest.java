package org.pustaka.kiosk.library.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");

    @Test
    void secondsAreAWaitFromNow() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void anHttpDateInAnyOfItsThreeFormsIsTheMomentToWaitFor() {
        assertThat(RetryAfter.parse("Sat, 28 Nov 2026 07:05:30 GMT", NOW)).contains(Duration.ofSeconds(330));
        assertThat(RetryAfter.parse("Saturday, 28-Nov-26 07:05:30 GMT", NOW)).contains(Duration.ofSeconds(330));
        assertThat(RetryAfter.parse("Sat Nov 28 07:05:30 2026", NOW)).contains(Duration.ofSeconds(330));
        assertThat(RetryAfter.parse("Sat Dec  5 07:00:00 2026", NOW)).contains(Duration.ofDays(7));
    }

    @Test
    void aDateAlreadyPastAsksForNoWait() {
        assertThat(RetryAfter.parse("Sat, 28 Nov 2026 06:59:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void anythingElseIsNotARetryAfter() {
        for (String garbage : new String[] {"", "  ", "soon", "-5", "1.5", "120s", "2026-11-28T07:05:00Z",
                "Sat, 28 Nov 2026 07:05:30"}) {
            assertThat(RetryAfter.parse(garbage, NOW)).as(garbage).isEmpty();
        }
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }

    @Test
    void aHugeNumberIsAVeryLongWaitNotAnOverflow() {
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).hasValueSatisfying(
                d -> assertThat(d).isGreaterThan(RetryAfter.MAX_WAIT));
    }
}
