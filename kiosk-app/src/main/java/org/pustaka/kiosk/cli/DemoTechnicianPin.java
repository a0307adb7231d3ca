package org.pustaka.kiosk.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.pustaka.kiosk.pin.PinHash;

/**
 * The technician PIN of one windowed demo: six random digits, hashed into the demo's environment as
 * {@code diagnostics.pinHash}, so diagnostics opens in the demo with a PIN the terminal shows at start.
 * A PIN hash the caller set ({@code PUSTAKA_DIAGNOSTICS_PINHASH}) is kept, and then no PIN is shown.
 *
 * @param environment the environment the demo's configuration reads
 * @param pin the PIN to show, or empty when the caller's own hash is used
 */
record DemoTechnicianPin(Map<String, String> environment, String pin) {
    static final String VARIABLE = "PUSTAKA_DIAGNOSTICS_PINHASH";

    static DemoTechnicianPin choose(Map<String, String> environment, RandomGenerator random) {
        if (!environment.getOrDefault(VARIABLE, "").isBlank()) {
            return new DemoTechnicianPin(Map.copyOf(environment), "");
        }
        String pin = String.format("%06d", random.nextInt(1_000_000));
        Map<String, String> withPin = new HashMap<>(environment);
        withPin.put(VARIABLE, PinHash.hash(pin));
        return new DemoTechnicianPin(Map.copyOf(withPin), pin);
    }

    /** The lines for the terminal, Indonesian first; empty when no PIN was chosen here. */
    String announcement() {
        if (pin.isEmpty()) {
            return "";
        }
        return "Diagnostik: sentuh nama perpustakaan lima kali di layar sambutan; PIN teknisi demo ini: " + pin + "\n"
                + "Diagnostics: tap the library's name five times on the welcome screen; this demo's technician PIN: "
                + pin;
    }
}
