package org.pustaka.central.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SurveyIndexTest {

    private static SurveyIndex of(int... scores) {
        long sum = 0;
        for (int s : scores) {
            sum += s;
        }
        return new SurveyIndex(scores.length, sum);
    }

    @Test
    void kioskScoresMapLinearlyOntoSkmsOneToFour() {
        assertThat(SurveyIndex.skmValue(1)).isEqualByComparingTo("1");
        assertThat(SurveyIndex.skmValue(2)).isEqualByComparingTo("1.75");
        assertThat(SurveyIndex.skmValue(3)).isEqualByComparingTo("2.5");
        assertThat(SurveyIndex.skmValue(4)).isEqualByComparingTo("3.25");
        assertThat(SurveyIndex.skmValue(5)).isEqualByComparingTo("4");
        assertThatThrownBy(() -> SurveyIndex.skmValue(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SurveyIndex.skmValue(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIndexIsTheMeanSkmValueTimes25() {
        assertThat(of(5, 5, 5).value()).isEqualByComparingTo("100.00");
        assertThat(of(1, 1).value()).isEqualByComparingTo("25.00");
        // 5, 4, 4, 2: SKM values 4, 3.25, 3.25, 1.75, mean 3.0625, x 25 = 76.5625
        assertThat(of(5, 4, 4, 2).value()).isEqualByComparingTo("76.56");
        assertThat(of(5, 4, 4, 2).mean()).isEqualByComparingTo("3.75");
        // the same by the long way round, for an uneven mix
        int[] scores = {5, 5, 4, 3, 3, 2, 1};
        BigDecimal sum = BigDecimal.ZERO;
        for (int s : scores) {
            sum = sum.add(SurveyIndex.skmValue(s));
        }
        BigDecimal expected = sum.multiply(new BigDecimal(25)).divide(new BigDecimal(scores.length), 2, java.math.RoundingMode.HALF_UP);
        assertThat(of(scores).value()).isEqualByComparingTo(expected);
    }

    @Test
    void gradesFollowSkmsBoundsOnTheRoundedIndex() {
        assertThat(of(5, 5, 5).grade()).isEqualTo("A");
        // sum 43 of 10 answers: 6.25 x 139 / 10 = 86.875 -> 86.88, B
        assertThat(new SurveyIndex(10, 43).value()).isEqualByComparingTo("86.88");
        assertThat(new SurveyIndex(10, 43).grade()).isEqualTo("B");
        assertThat(of(5, 4, 4, 2).grade()).isEqualTo("C");
        assertThat(of(2, 2, 3).grade()).isEqualTo("D");
        // next to the bounds: 16 answers summing 70 give 88.28 (B), 71 give 89.45 (A); 8 answers summing 30 give
        // 76.56 (C), 31 give 78.91 (B)
        assertThat(new SurveyIndex(16, 70).value()).isEqualByComparingTo("88.28");
        assertThat(new SurveyIndex(16, 70).grade()).isEqualTo("B");
        assertThat(new SurveyIndex(16, 71).grade()).isEqualTo("A");
        assertThat(new SurveyIndex(8, 30).grade()).isEqualTo("C");
        assertThat(new SurveyIndex(8, 31).value()).isEqualByComparingTo("78.91");
        assertThat(new SurveyIndex(8, 31).grade()).isEqualTo("B");
    }

    @Test
    void noAnswersGiveNoIndex() {
        assertThat(new SurveyIndex(0, 0).empty()).isTrue();
        assertThatThrownBy(() -> new SurveyIndex(0, 0).value()).isInstanceOf(IllegalStateException.class);
    }
}
