package org.pustaka.central.staff;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The SKM-style index of the kiosk's one survey question, after PermenPANRB 14/2017 (Survei Kepuasan
 * Masyarakat). SKM scores each element 1 to 4 and converts the mean to 25..100 by multiplying by 25; the kiosk
 * asks one question ("Bagaimana kunjungan Anda hari ini?") on five faces, 1 (sangat kecewa) to 5 (sangat
 * senang). The five faces are mapped linearly onto SKM's 1..4: {@code nilai = 1 + (skor − 1) × 3/4}, so 1, 2, 3,
 * 4, 5 become 1, 1.75, 2.5, 3.25, 4. The index is the mean of those values × 25, which for n answers with score
 * sum S is exactly {@code 6.25 × (n + 3S) / n}, computed in decimals and rounded half up to two places before it
 * is graded (A from 88.31, B from 76.61, C from 65.00, D below). It stands for one question, not SKM's nine elements.
 */
public record SurveyIndex(long answers, long scoreSum) {

    public static final BigDecimal GRADE_A = new BigDecimal("88.31");
    public static final BigDecimal GRADE_B = new BigDecimal("76.61");
    public static final BigDecimal GRADE_C = new BigDecimal("65.00");

    /** A kiosk score (1 to 5) on SKM's 1..4 scale. */
    public static BigDecimal skmValue(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a kiosk score is 1 to 5, got " + score);
        }
        return BigDecimal.ONE.add(new BigDecimal(score - 1).multiply(new BigDecimal("0.75")));
    }

    /** The index, 25.00 to 100.00; only when there are answers. */
    public BigDecimal value() {
        if (answers == 0) {
            throw new IllegalStateException("no answers, no index");
        }
        return new BigDecimal("6.25").multiply(BigDecimal.valueOf(answers + 3 * scoreSum))
                .divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP);
    }

    /** The mean kiosk score (1 to 5), two decimals. */
    public BigDecimal mean() {
        return BigDecimal.valueOf(scoreSum).divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP);
    }

    /** SKM's quality grade (mutu pelayanan) for the index: A, B, C or D. */
    public String grade() {
        BigDecimal v = value();
        if (v.compareTo(GRADE_A) >= 0) {
            return "A";
        }
        if (v.compareTo(GRADE_B) >= 0) {
            return "B";
        }
        return v.compareTo(GRADE_C) >= 0 ? "C" : "D";
    }

    public boolean empty() {
        return answers == 0;
    }
}
