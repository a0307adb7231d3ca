package org.pustaka.hardware.gpio.pi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pi4j.context.Context;
import com.pi4j.io.exception.IOException;
import com.pi4j.io.gpio.digital.DigitalOutput;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.LightPattern;

class Pi4jStatusLightsTest {
    private final Context context = Pi4jContexts.mock();
    // a long half period: blinking in these tests is driven by tick(), except where the thread is the point
    private final Pi4jStatusLights lights = new Pi4jStatusLights(context, 5, 6, 13, Duration.ofHours(1));

    @AfterEach
    void shutdown() {
        lights.close();
        context.shutdown();
    }

    private DigitalOutput pin(String id) {
        return context.registry().get(id, DigitalOutput.class);
    }

    private String states() {
        return (pin("light-green").isHigh() ? "G" : "g") + (pin("light-amber").isHigh() ? "A" : "a")
                + (pin("light-red").isHigh() ? "R" : "r");
    }

    @Test
    void pinsAreOnTheConfiguredBcmNumbersAndStartOff() {
        assertThat(pin("light-green").address()).isEqualTo(5);
        assertThat(pin("light-amber").address()).isEqualTo(6);
        assertThat(pin("light-red").address()).isEqualTo(13);
        assertThat(states()).isEqualTo("gar");
    }

    @Test
    void steadyPatterns() {
        lights.show(LightPattern.READY);
        assertThat(states()).isEqualTo("Gar");
        lights.show(LightPattern.OFFLINE);
        assertThat(states()).isEqualTo("gAr");
        lights.show(LightPattern.OUT_OF_ORDER);
        assertThat(states()).isEqualTo("gaR");
        lights.show(LightPattern.OFF);
        assertThat(states()).isEqualTo("gar");
        assertThat(lights.health().state()).isEqualTo(DeviceHealth.State.OK);
    }

    @Test
    void busyBlinksGreenAndAttentionBlinksAmber() {
        lights.show(LightPattern.BUSY);
        assertThat(states()).isEqualTo("Gar");
        lights.tick();
        assertThat(states()).isEqualTo("gar");
        lights.tick();
        assertThat(states()).isEqualTo("Gar");

        lights.show(LightPattern.ATTENTION);
        assertThat(states()).isEqualTo("gAr");
        lights.tick();
        assertThat(states()).isEqualTo("gar");
    }

    @Test
    void aSteadyPatternStopsTheBlinking() {
        lights.show(LightPattern.ATTENTION);
        lights.show(LightPattern.READY);
        lights.tick();
        assertThat(states()).isEqualTo("Gar");
    }

    @Test
    void aPinThatCannotBeSwitchedShowsInHealthWithoutThrowing() {
        DigitalOutput broken = Mockito.mock(DigitalOutput.class);
        Mockito.when(broken.address()).thenReturn(13);
        Mockito.when(broken.state(Mockito.any())).thenThrow(new IOException("line busy"));
        Pi4jStatusLights partly = new Pi4jStatusLights(pin("light-green"), pin("light-amber"), broken,
                Duration.ofHours(1));
        partly.show(LightPattern.OUT_OF_ORDER);
        assertThat(partly.health().state()).isEqualTo(DeviceHealth.State.FAILED);
        assertThat(partly.health().detail()).contains("GPIO 13", "line busy");
        // the working pins were still switched, and a later pattern keeps the broken pin reported
        assertThat(pin("light-green").isHigh()).isFalse();
        partly.show(LightPattern.READY);
        assertThat(pin("light-green").isHigh()).isTrue();
        assertThat(partly.health().state()).isEqualTo(DeviceHealth.State.FAILED);
    }

    @Test
    void blinkingRunsOnTheDriversOwnThread() {
        Context own = Pi4jContexts.mock();
        Pi4jStatusLights fast = new Pi4jStatusLights(own, 17, 27, 22, Duration.ofMillis(5));
        try {
            AtomicInteger toggles = new AtomicInteger();
            fast.show(LightPattern.BUSY);
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                // sampled until the pin has been seen both off and on again
                boolean high = fastGreen(fast);
                if (toggles.get() % 2 == 0 ? !high : high) {
                    toggles.incrementAndGet();
                }
                return toggles.get() >= 2;
            });
        } finally {
            fast.close();
            own.shutdown();
        }
    }

    private static boolean fastGreen(Pi4jStatusLights l) {
        return l.greenForTest().isHigh();
    }
}
