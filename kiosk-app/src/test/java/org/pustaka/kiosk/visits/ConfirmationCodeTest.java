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
        assertThat(ConfirmationCode.candidates("ks-7qh4")).containsExactly("KS7QH4");
        assertThat(ConfirmationCode.candidates("7QH4")).containsExactly("7QH4", "KS7QH4");
        assertThat(ConfirmationCode.candidates(" KS 7Q H4 ")).containsExactly("KS7QH4");
        assertThat(ConfirmationCode.candidates("KS00042")).as("a central catalog's own form").containsExactly("KS00042");
        assertThat(ConfirmationCode.candidates("KS-")).isEmpty();
        assertThat(ConfirmationCode.candidates("KS-7Q!4")).isEmpty();
        assertThat(ConfirmationCode.candidates("KS-7QH\u00C44")).isEmpty();
    }

    @Property
    void everyGeneratedCodeSurvivesBeingTypedBackInLowerCase(@ForAll long seed) {
        String code = new ConfirmationCode(new Random(seed)).next();
        assertThat(ConfirmationCode.candidates(code.toLowerCase())).contains(ConfirmationCode.compact(code));
    }
}
