package org.pustaka.hardware.gpio.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;

/** Creates the digital outputs the kiosk drives: low at start, low again when Pi4J shuts down. */
final class Pi4jOutputs {
    private Pi4jOutputs() {
    }

    static DigitalOutput create(Context context, String id, int bcmPin) {
        return context.create(DigitalOutput.newConfigBuilder(context)
                .id(id)
                .name(id)
                .address(bcmPin)
                .initial(DigitalState.LOW)
                .shutdown(DigitalState.LOW)
                .build());
    }
}
