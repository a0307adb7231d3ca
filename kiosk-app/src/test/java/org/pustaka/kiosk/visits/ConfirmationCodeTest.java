package org.pustaka.kiosk.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ConfirmationCodeTest {

    @Test
    void codesAreShortAndFreeOfLookAlikes() {
        ConfirmationCode codes = new ConfirmationCode(new Random(7));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = codes.next();
            assertThat(code).matches("KS-[34679ACEFGHJKMNPQRTWXY]{4}");
            assertThat(code.substring(3)).doesNotContain("0", "O", "1", "I", "L", "2", "Z", "5", "S", "8", "B");
            seen.add(code);
        }
        assertThat(seen.size()).as("draws rarely repeat").isGreaterThan(1980);
    }

    @Test
    void lookUpForgivesCaseSpacesAndThePrefix() {
        assertThat(ConfirmationCode.normalise("ks-7qh4")).contains("KS-7QH4");
        assertThat(ConfirmationCode.normalise("7QH4")).contains("KS-7QH4");
        assertThat(ConfirmationCode.normalise(" KS 7Q H4 ")).contains("KS-7QH4");
        assertThat(ConfirmationCode.normalise("KS-")).isEmpty();
        assertThat(ConfirmationCode.normalise("KS-7Q!4")).isEmpty();
    }

    @Property
    void everyGeneratedCodeSurvivesBeingTypedBackInLowerCase(@ForAll long seed) {
        String code = new ConfirmationCode(new Random(seed)).next();
        assertThat(ConfirmationCode.normalise(code.toLowerCase())).contains(code);
    }
}
