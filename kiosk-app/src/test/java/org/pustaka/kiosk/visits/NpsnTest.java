package org.pustaka.kiosk.visits;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NpsnTest {

    @Property
    void anyEightDigitsAreAnNpsn(@ForAll @NumericChars @StringLength(8) String digits) {
        assertThat(Npsn.normalise(digits)).contains(digits);
        assertThat(Npsn.normalise(digits.substring(0, 4) + " " + digits.substring(4))).contains(digits);
    }

    @Property
    void otherLengthsAreNot(@ForAll @NumericChars @StringLength(max = 20) String digits) {
        assertThat(Npsn.isValid(digits)).isEqualTo(digits.length() == 8);
    }

    @Property
    void aNonDigitAnywhereIsRefused(@ForAll @NumericChars @StringLength(8) String digits,
                                    @ForAll @IntRange(max = 7) int at, @ForAll char c) {
        String s = digits.substring(0, at) + c + digits.substring(at + 1);
        assertThat(Npsn.isValid(s)).isEqualTo(c >= '0' && c <= '9');
    }

    @Property
    void anyInputGivesEightDigitsOrNothing(@ForAll String anything) {
        Npsn.normalise(anything).ifPresent(n -> assertThat(n).matches("[0-9]{8}"));
    }

    @Test
    void examples() {
        assertThat(Npsn.isValid("20533844")).isTrue();
        assertThat(Npsn.isValid("2053384")).isFalse();
        assertThat(Npsn.isValid("205338440")).isFalse();
        assertThat(Npsn.isValid("2053384O")).isFalse();
        assertThat(Npsn.isValid(null)).isFalse();
    }
}
