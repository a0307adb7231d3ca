package org.pustaka.hardware.card.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\r|0d", "\\r\\n|0d0a", "\\x02|02", "\\x03\\r|030d", "A|41", "\\\\|5c", "\\t|09", "''|''"})
    void escapesBecomeBytes(String text, String hex) {
        assertThat(java.util.HexFormat.of().formatHex(ControlText.parse(text == null ? "" : text)))
                .isEqualTo(hex == null ? "" : hex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\\", "\\x0", "\\xZZ", "\\q"})
    void badEscapesSaySo(String text) {
        assertThatThrownBy(() -> ControlText.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\\");
    }
}
