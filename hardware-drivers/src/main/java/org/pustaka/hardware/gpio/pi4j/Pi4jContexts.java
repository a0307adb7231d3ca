package org.pustaka.hardware.gpio.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;

/**
 * Builds Pi4J contexts with the providers named in code, never by classpath detection: the mock plugin
 * sits on the same classpath as the real ones, and a context that picked it silently would leave a
 * kiosk's lights dark without a word.
 */
public final class Pi4jContexts {
    private Pi4jContexts() {
    }

    /** GPIO through the Linux character device ({@code /dev/gpiochip0}), as on Raspberry Pi OS Bookworm. */
    public static Context gpiod() {
        return Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(GpioDDigitalOutputProvider.newInstance())
                .build();
    }

    /** Pins in memory, for tests and machines without GPIO. */
    public static Context mock() {
        return Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(MockDigitalOutputProvider.newInstance())
                .build();
    }
}
