package org.pustaka.kiosk.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.booking.Problem;

class SignUpRulesTest {

    @Test
    void aGuestNeedsANameAndAnIndonesianPhone() {
        SignUpRequest r = new SignUpRequest("E", new Registrant.Guest("S", "555-1234"), 7);
        assertThat(SignUpRules.check(r)).extracting(Problem::field).containsExactly("partySize", "name", "phone");
    }

    @Test
    void aValidGuestIsStoredTrimmedWithTheInternationalNumber() {
        SignUpRequest r = new SignUpRequest("E", new Registrant.Guest("  Sari   Wulandari ", "0812 3456 7890"), 2);
        assertThat(SignUpRules.check(r)).isEmpty();
        assertThat(SignUpRules.normalised(r).registrant())
                .isEqualTo(new Registrant.Guest("Sari Wulandari", "+6281234567890"));
    }

    @Test
    void theDesksRefusalCarriesEveryProblemAndAValidRequestHasNone() {
        SignUpRequest bad = new SignUpRequest("E", new Registrant.Guest("S", "555-1234"), 7);
        assertThat(SignUpRules.refusal(bad)).get().isInstanceOfSatisfying(RegistrationResult.Refused.class,
                refused -> assertThat(refused.problems()).extracting(Problem::field)
                        .containsExactly("partySize", "name", "phone"));
        SignUpRequest good = new SignUpRequest("E", new Registrant.Guest("Sari Wulandari", "0812 3456 7890"), 2);
        assertThat(SignUpRules.refusal(good)).isEmpty();
    }

    @Test
    void namesMayUseApostrophesAndDotsButNotDigits() {
        assertThat(SignUpRules.isName("Ni Luh Putu A. D'Silva", 2, 60)).isTrue();
        assertThat(SignUpRules.isName("R2D2", 2, 60)).isFalse();
        assertThat(SignUpRules.isName(" . ", 2, 60)).isFalse();
    }
}
