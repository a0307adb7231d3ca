package org.pustaka.kiosk.ui;

import java.util.Objects;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.CardScanner;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.StatusLights;

/** The devices the touchscreen uses directly, real or simulated; the RFID pad is reached through circulation. */
public record KioskDevices(ReceiptPrinter printer, StatusLights lights, Buzzer buzzer, CardScanner cards) {
    public KioskDevices {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(lights, "lights");
        Objects.requireNonNull(buzzer, "buzzer");
        Objects.requireNonNull(cards, "cards");
    }
}
