package org.pustaka.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndonesianPhoneTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0812-3456-7890      | +6281234567890",
            "+62 812 3456 7890   | +6281234567890",
            "62 812-3456-7890    | +6281234567890",
            "(+62) 812 3456 789  | +628123456789",
            "0811 234 567        | +62811234567",
            "0341-551234         | +62341551234",
            "(0341) 551234       | +62341551234",
            "0341 5512345        | +623415512345",
            "021-1234-5678       | +622112345678",
            "0911-321234         | +62911321234"})
    void acceptsTheFormsPeopleWrite(String typed, String normalised) {
        assertThat(IndonesianPhone.normalise(typed)).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "08", "0812", "12345678", "+1 415 555 0100", "+60 12 345 6789", "0812-3456-7890-123",
            "0112345678", "6208123456789", "0812 3456 78a0", "++6281234567890", "0341-12", "tidak ada"})
    void refusesWhatIsNotAnIndonesianNumber(String typed) {
        assertThat(IndonesianPhone.normalise(typed)).isEmpty();
    }

    @Provide
    Arbitrary<String> mobileNational() {
        return Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(11).map(s -> "8" + s);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-", ".");
    }

    @Property
    void everyWritingOfAMobileNumberNormalisesTheSame(@ForAll("mobileNational") String national,
                                                       @ForAll("separators") String sep) {
        String grouped = national.substring(0, 3) + sep + national.substring(3, 7) + sep + national.substring(7);
        String expected = "+62" + national;
        assertThat(IndonesianPhone.normalise("0" + grouped)).contains(expected);
        assertThat(IndonesianPhone.normalise("+62" + sep + grouped)).contains(expected);
        assertThat(IndonesianPhone.normalise("62 " + grouped)).contains(expected);
        assertThat(IndonesianPhone.normalise(IndonesianPhone.local(expected))).contains(expected);
    }

    @Property
    void anyInputGivesANumberOrNothingAndNormalisingIsStable(@ForAll String anything) {
        IndonesianPhone.normalise(anything).ifPresent(n -> {
            assertThat(n).startsWith("+62").matches("\\+62[2-9][0-9]{7,11}");
            assertThat(IndonesianPhone.normalise(n)).contains(n);
        });
    }
}
