package org.pustaka.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kiosk's words for a step's end, as the staff pages count them; an offline step counts once, at its replay. */
class OutcomesTest {

    @ParameterizedTest
    @CsvSource({
        "DONE, false, COMPLETED",
        "ACCEPTED, false, COMPLETED",
        "REPLAYED, false, COMPLETED",
        "DONE, true, NOT_YET",
        "REPLAY_REFUSED, false, NOT_COMPLETED",
        "REFUSED, false, NOT_COMPLETED",
        "FLAGGED, false, NOT_COMPLETED",
        "COMPENSATED, false, NOT_COMPLETED",
        "UNFINISHED, false, NOT_COMPLETED",
    })
    void eachOutcomeCountsAsTheStaffExpect(String outcome, boolean offline, Outcomes.Count expected) {
        assertThat(Outcomes.of(outcome, offline)).isEqualTo(expected);
    }
}
