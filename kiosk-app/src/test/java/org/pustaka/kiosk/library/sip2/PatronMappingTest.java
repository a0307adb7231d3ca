package org.pustaka.kiosk.library.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatronMappingTest {

    @ParameterizedTest
    @CsvSource({"7500.00,7500", "7500,7500", "7.500,7500", "'7.500,00',7500", "'',0", "abc,0", "35000.50,35000.50",
        "'1 000',1000"})
    void readsAmountsAsServersWriteThem(String wire, String expected) {
        assertThat(PatronMapping.money(wire, "IDR").amount()).isEqualByComparingTo(expected);
    }
}
