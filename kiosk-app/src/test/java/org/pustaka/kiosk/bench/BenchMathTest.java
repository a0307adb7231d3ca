package org.pustaka.kiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchMathTest {

    @Test
    void percentilesAreNearestRank() {
        Percentiles p = new Percentiles(new double[] {5, 1, 4, 2, 3, 10, 9, 8, 7, 6});
        assertThat(p.at(50)).isEqualTo(5);
        assertThat(p.at(95)).isEqualTo(10);
        assertThat(p.at(0)).isEqualTo(1);
        assertThat(p.at(100)).isEqualTo(10);
    }

    @Test
    void noMeasurementsIsAnError() {
        assertThatThrownBy(() -> new Percentiles(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slopeIsTheLeastSquaresLineInMbPerVisit() {
        List<MemorySample> growing = List.of(new MemorySample(1000, 20, 100, 1, 0), new MemorySample(2000, 21, 100, 1, 0),
                new MemorySample(3000, 22, 100, 1, 0));
        assertThat(SoakBench.slope(growing, true)).isCloseTo(0.001, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SoakBench.slope(growing, false)).isZero();
    }
}
