package org.pustaka.kiosk.config;

/**
 * Status lights and buzzer: {@code sim}, {@code pi4j} (GPIO on the board, BCM pin numbers) or
 * {@code none}.
 */
public record GpioSettings(String driver, int greenPin, int amberPin, int redPin, int buzzerPin) {

    static GpioSettings read(ConfigReader r) {
        return new GpioSettings(
                r.choice("gpio.driver", "sim", "sim", "pi4j", "none"),
                r.integer("gpio.greenPin", 17, 0, 40),
                r.integer("gpio.amberPin", 27, 0, 40),
                r.integer("gpio.redPin", 22, 0, 40),
                r.integer("gpio.buzzerPin", 18, 0, 40));
    }
}
