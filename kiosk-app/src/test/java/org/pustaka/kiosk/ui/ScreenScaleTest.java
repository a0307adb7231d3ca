package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenScaleTest {

    @ParameterizedTest
    @CsvSource({"1024, 600, 1.0", "1280, 800, 1.25", "1920, 1080, 1.75", "800, 480, 1.0", "2560, 1440, 2.25"})
    void theDesignFillsEachPanel(int width, int height, double expected) {
        assertThat(ScreenScale.forScreen(width, height)).isEqualTo(expected);
        assertThat(ScreenScale.DESIGN_WIDTH * expected).isLessThanOrEqualTo(Math.max(width, ScreenScale.DESIGN_WIDTH));
    }

    @ParameterizedTest
    @CsvSource({"1.5, 1024, 600, 1.5", "1.0, 1920, 1080, 1.75"})
    void anExplicitScaleWins(double configured, int width, int height, double expected) {
        assertThat(ScreenScale.choose(configured, width, height)).isEqualTo(expected);
    }
}
