package org.pustaka.kiosk.compose;

import java.nio.file.Path;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.StatusLights;
import org.pustaka.hardware.gpio.pi4j.Pi4jBoard;
import org.pustaka.hardware.printer.escpos.EscPosReceiptPrinter;
import org.pustaka.hardware.rfid.feig.FeigReaderOptions;
import org.pustaka.hardware.rfid.feig.FeigRfidReader;
import org.pustaka.hardware.serial.JsscSerialLink;
import org.pustaka.hardware.serial.Parity;
import org.pustaka.hardware.serial.SerialSettings;
import org.pustaka.hardware.sim.RecordingBuzzer;
import org.pustaka.hardware.sim.RecordingReceiptPrinter;
import org.pustaka.hardware.sim.RecordingStatusLights;
import org.pustaka.kiosk.config.GpioSettings;
import org.pustaka.kiosk.config.PrinterSettings;
import org.pustaka.kiosk.config.RfidSettings;

/**
 * The one choice of devices from the configuration, for {@code run}, {@code demo}, {@code diagnose} and
 * the benchmarks: the FEIG reader on its serial port, the printer ({@code sim}, {@code escpos},
 * {@code none}) and the lights and buzzer ({@code sim}, {@code pi4j}, {@code none}). What to do when a
 * device cannot be opened is the caller's: the kiosk carries on without it, diagnostics reports it.
 */
final class Devices {

    /** Lights and buzzer, and the board they are on when it must be closed with them. */
    record Signals(StatusLights lights, Buzzer buzzer, Pi4jBoard board) implements AutoCloseable {
        @Override
        public void close() {
            lights.close();
            buzzer.close();
            if (board != null) {
                board.close();
            }
        }
    }

    private Devices() {
    }

    /** The FEIG reader as the configuration says; the port opens on the first command. */
    static FeigRfidReader feigReader(RfidSettings rfid) {
        JsscSerialLink link = new JsscSerialLink(new SerialSettings(rfid.port(), rfid.baud(), rfid.dataBits(),
                Parity.of(rfid.parity()), rfid.stopBits()));
        return new FeigRfidReader(link, FeigReaderOptions.defaults().withBusAddress(rfid.busAddress()));
    }

    /** The configured printer, or null for {@code printer.driver=none}. */
    static ReceiptPrinter printer(PrinterSettings printer) throws DeviceException {
        return switch (printer.driver()) {
            case "escpos" -> EscPosReceiptPrinter.openDevice(Path.of(printer.device()), printer.columns(),
                    printer.bidirectional());
            case "none" -> null;
            default -> new RecordingReceiptPrinter(printer.columns());
        };
    }

    /**
     * The configured lights and buzzer, or null for {@code gpio.driver=none}.
     *
     * @throws RuntimeException when the GPIO lines cannot be opened
     */
    static Signals signals(GpioSettings gpio) {
        return switch (gpio.driver()) {
            case "pi4j" -> {
                Pi4jBoard board = Pi4jBoard.gpiod();
                try {
                    yield new Signals(board.lights(gpio.greenPin(), gpio.amberPin(), gpio.redPin()),
                            board.buzzer(gpio.buzzerPin()), board);
                } catch (RuntimeException e) {
                    board.close();
                    throw e;
                }
            }
            case "none" -> null;
            default -> new Signals(new RecordingStatusLights(), new RecordingBuzzer(), null);
        };
    }
}
