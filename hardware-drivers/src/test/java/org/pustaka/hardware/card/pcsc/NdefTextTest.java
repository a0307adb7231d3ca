package org.pustaka.hardware.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NdefTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "short text record id                | D1010A5402696431323334353637 | 1234567",
        "short text record en                | D101085402656E3130303538     | 10058",
        "URI record first, text second       | 9101045503612E62510105540269643939 | 99",
        "only a URI record                   | D1010455036162               | ''",
        "payload longer than the message     | D1010F5402696431             | ''",
        "empty                               | ''                           | ''",
        "header only                         | D1                           | ''",
        "long record form                    | C10100000007540269643132333400 | 1234"})
    void findsTheFirstTextRecord(String name, String hex, String expected) {
        byte[] bytes = hex == null ? new byte[0] : HexFormat.of().parseHex(hex);
        assertThat(NdefText.firstText(bytes).orElse("")).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource({"id,M-000123", "en,31000100001"})
    void messageRoundTrips(String language, String text) {
        assertThat(NdefText.firstText(NdefText.message(language, text))).contains(text);
    }
}
