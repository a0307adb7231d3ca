package org.pustaka.hardware.gpio.pi4j;

import com.pi4j.context.Context;
import java.time.Duration;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.StatusLights;

/**
 * One Pi4J context and the kiosk's outputs on it, so that code outside this package builds lights and
 * a buzzer without touching Pi4J types. {@link #close()} shuts the context down, which sets every pin
 * to its shutdown state (low).
 */
public final class Pi4jBoard implements AutoCloseable {
    private final Context context;

    private Pi4jBoard(Context context) {
        this.context = context;
    }

    /** The board's GPIO through gpiod (Raspberry Pi OS). Throws when no GPIO chip can be opened. */
    public static Pi4jBoard gpiod() {
        return new Pi4jBoard(Pi4jContexts.gpiod());
    }

    /** Pins in memory, for machines without GPIO. */
    public static Pi4jBoard mock() {
        return new Pi4jBoard(Pi4jContexts.mock());
    }

    public StatusLights lights(int greenPin, int amberPin, int redPin) {
        return new Pi4jStatusLights(context, greenPin, amberPin, redPin, Pi4jStatusLights.DEFAULT_BLINK);
    }

    public Buzzer buzzer(int pin) {
        return new Pi4jBuzzer(context, pin, Pi4jBuzzer.DEFAULT_UNIT);
    }

    @Override
    public void close() {
        context.shutdown();
    }
}
