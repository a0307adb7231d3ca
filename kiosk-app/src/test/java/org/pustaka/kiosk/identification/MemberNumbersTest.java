package org.pustaka.kiosk.identification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberNumbersTest {

    @ParameterizedTest(name = "{0}: ''{5}'' -> ''{6}''")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        // rule                           | prefix | suffix | zeros | startStop | read           | member
        "nothing configured               | ''     | ''     | false | none      | ' 0012345 '    | 0012345",
        "leading zeros stripped           | ''     | ''     | true  | none      | 0012345        | 12345",
        "only zeros keep one              | ''     | ''     | true  | none      | 0000           | 0",
        "code 39 stars                    | ''     | ''     | false | code39    | *M-000123*     | M-000123",
        "code 39 star only at one end     | ''     | ''     | false | code39    | *M-000123      | *M-000123",
        "codabar A...B                    | ''     | ''     | false | codabar   | A31000100001B  | 31000100001",
        "codabar lower case c...d         | ''     | ''     | false | codabar   | c1234d         | 1234",
        "codabar without start/stop       | ''     | ''     | false | codabar   | 1234           | 1234",
        "library prefix                   | MLG    | ''     | false | none      | MLG0099        | 0099",
        "library prefix, any case         | MLG    | ''     | false | none      | mlg0099        | 0099",
        "prefix absent stays              | MLG    | ''     | false | none      | 0099           | 0099",
        "suffix                           | ''     | /KTA   | false | none      | 12345/KTA      | 12345",
        "all rules together               | MLG    | X      | true  | codabar   | AMLG000777XB   | 777",
        "blank read                       | ''     | ''     | false | none      | '   '          | NULL",
        "only the prefix                  | MLG    | ''     | false | none      | MLG            | NULL",
        "code 39 empty                    | ''     | ''     | false | code39    | **             | NULL"})
    void normalisesByTheLibrarysRules(String rule, String prefix, String suffix, boolean zeros, String startStop,
                                      String read, String member) {
        MemberNumbers numbers = new MemberNumbers(prefix, suffix, zeros, startStop);
        assertThat(numbers.normalise(read).orElse(null)).isEqualTo(member);
    }
}
