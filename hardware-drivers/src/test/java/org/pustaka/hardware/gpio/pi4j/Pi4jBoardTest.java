package org.pustaka.hardware.gpio.pi4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.StatusLights;

class Pi4jBoardTest {

    @Test
    void mockContextUsesOnlyTheMockProviderNamedInCode() {
        Context context = Pi4jContexts.mock();
        try {
            DigitalOutput out = Pi4jOutputs.create(context, "probe", 4);
            assertThat(out).isInstanceOf(MockDigitalOutput.class);
            assertThat(context.providers().all()).hasSize(1);
        } finally {
            context.shutdown();
        }
    }

    @Test
    void boardHandsOutLightsAndBuzzerWithoutPi4jTypes() {
        try (Pi4jBoard board = Pi4jBoard.mock()) {
            StatusLights lights = board.lights(17, 27, 22);
            Buzzer buzzer = board.buzzer(18);
            lights.show(LightPattern.OUT_OF_ORDER);
            assertThat(lights.health().state()).isEqualTo(DeviceHealth.State.OK);
            assertThat(((Pi4jStatusLights) lights).pattern()).isEqualTo(LightPattern.OUT_OF_ORDER);
            buzzer.close();
            lights.close();
        }
    }
}
