package org.pustaka.kiosk.ui;

import java.util.function.Consumer;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.api.PrinterStatus;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.StatusLights;

/**
 * For the demo: the kiosk's lights, buzzer and printer, each passing every call on to the simulated
 * device and then telling the devices window what a person beside a real kiosk would see, hear or
 * take from the printer. Calls arrive on any thread; the window's listeners move to the event thread
 * themselves.
 */
final class DeviceEcho {
    private volatile Consumer<LightPattern> lights = p -> { };
    private volatile Consumer<BuzzerCue> sounds = c -> { };
    private volatile Consumer<Receipt> printouts = r -> { };

    /** The same devices, echoed; the card scanner is the simulated one as it is. */
    KioskDevices wrap(KioskDevices d) {
        return new KioskDevices(new EchoPrinter(d.printer()), new EchoLights(d.lights()), new EchoBuzzer(d.buzzer()),
                d.cards());
    }

    void listen(Consumer<LightPattern> light, Consumer<BuzzerCue> sound, Consumer<Receipt> printed) {
        this.lights = light;
        this.sounds = sound;
        this.printouts = printed;
    }

    private final class EchoPrinter implements ReceiptPrinter {
        private final ReceiptPrinter real;

        EchoPrinter(ReceiptPrinter real) {
            this.real = real;
        }

        @Override
        public PrinterStatus status() {
            return real.status();
        }

        @Override
        public void print(Receipt receipt) throws DeviceException {
            real.print(receipt);
            printouts.accept(receipt);
        }

        @Override
        public DeviceHealth health() {
            return real.health();
        }
    }

    private final class EchoLights implements StatusLights {
        private final StatusLights real;

        EchoLights(StatusLights real) {
            this.real = real;
        }

        @Override
        public void show(LightPattern pattern) {
            real.show(pattern);
            lights.accept(pattern);
        }

        @Override
        public DeviceHealth health() {
            return real.health();
        }
    }

    private final class EchoBuzzer implements Buzzer {
        private final Buzzer real;

        EchoBuzzer(Buzzer real) {
            this.real = real;
        }

        @Override
        public void play(BuzzerCue cue) {
            real.play(cue);
            sounds.accept(cue);
        }
    }
}
