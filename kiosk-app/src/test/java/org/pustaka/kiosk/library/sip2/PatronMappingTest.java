package org.pustaka.kiosk.library.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pustaka.kiosk.library.PatronBlock;
import org.pustaka.sip2.PatronStatusFlag;

class PatronMappingTest {

    @ParameterizedTest
    @CsvSource({"7500.00,7500", "7500,7500", "7.500,7500", "'7.500,00',7500", "'',0", "abc,0", "35000.50,35000.50",
        "'1 000',1000"})
    void readsAmountsAsServersWriteThem(String wire, String expected) {
        assertThat(PatronMapping.money(wire, "IDR").amount()).isEqualByComparingTo(expected);
    }

    /**
     * The kiosk's blocks and the protocol's flags are two enums (the protocol module knows no kiosk
     * type); the mapping is by name, so a rename on either side must fail here, not at a visitor's card.
     */
    @Test
    void everySip2StatusFlagBecomesTheBlockOfTheSameMeaningAndPosition() {
        for (PatronStatusFlag flag : PatronStatusFlag.values()) {
            assertThat(PatronMapping.blocks(Set.of(flag))).containsExactly(PatronBlock.values()[flag.ordinal()]);
        }
        assertThat(PatronMapping.blocks(EnumSet.allOf(PatronStatusFlag.class)))
                .hasSize(PatronStatusFlag.WIDTH).doesNotContain(PatronBlock.CARD_EXPIRED);
    }
}
