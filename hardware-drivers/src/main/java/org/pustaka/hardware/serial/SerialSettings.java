package org.pustaka.hardware.serial;

import java.util.Objects;

/** How to open a serial port: its name ({@code /dev/ttyUSB0}, {@code /dev/pts/3}) and line settings. */
public record SerialSettings(String port, int baud, int dataBits, Parity parity, int stopBits) {

    public SerialSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(parity, "parity");
        if (baud <= 0) {
            throw new IllegalArgumentException("The baud rate must be positive, not " + baud + ".");
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("Data bits must be 5 to 8, not " + dataBits + ".");
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new IllegalArgumentException("Stop bits must be 1 or 2, not " + stopBits + ".");
        }
    }

    /** The FEIG ISO-host default: 38400 baud, 8 data bits, even parity, 1 stop bit. */
    public static SerialSettings feigDefaults(String port) {
        return new SerialSettings(port, 38_400, 8, Parity.EVEN, 1);
    }

    @Override
    public String toString() {
        return port + " " + baud + " " + dataBits + parity.name().charAt(0) + stopBits;
    }
}
