package org.pustaka.kiosk.config;

import java.time.Duration;
import org.pustaka.hardware.rfid.feig.FeigReaderOptions;
import org.pustaka.hardware.serial.Parity;
import org.pustaka.hardware.serial.SerialSettings;

/**
 * The RFID reader: {@code sim} (the in-memory pad) or {@code feig} (a FEIG ISO-host reader on a serial
 * port), the serial line settings, how often the pad is polled and after how many missed inventories a
 * tag counts as gone, the two AFI values that mean on loan and in stock (ISO 28560-1 defaults 0xC2 and
 * 0x07; legacy installations differ), how many times a security write is retried, how long to wait for
 * the reader, whether the reader sends block bytes most significant first (FEIG ISO-host mode does), and
 * the library's ISIL (such as {@code ID-MLG01}), which tags the technician writes at the kiosk carry as
 * their owner library.
 */
public record RfidSettings(String driver, String port, int baud, int dataBits, String parity, int stopBits,
                           int busAddress, int pollMillis, int afiOnLoan, int afiInStock, int writeRetries,
                           int missesBeforeLeft, int responseTimeoutMillis, boolean blockBytesMsbFirst,
                           String ownerLibrary) {
    /** Country, '-', and what fits on every tag size (see diagnostics.TagOrderRules). */
    static final String ISIL = "[A-Z]{2}-[A-Za-z0-9:/-]{1,9}";

    static RfidSettings read(ConfigReader r) {
        RfidSettings s = new RfidSettings(
                r.choice("rfid.driver", "sim", "sim", "feig"),
                r.string("rfid.port", "/dev/pustaka-rfid"),
                r.integer("rfid.baud", 38400, 1200, 921_600),
                r.integer("rfid.dataBits", 8, 5, 8),
                r.choice("rfid.parity", "even", "none", "even", "odd"),
                r.integer("rfid.stopBits", 1, 1, 2),
                r.integer("rfid.busAddress", 0xFF, 0, 255),
                r.integer("rfid.pollMillis", 150, 20, 5000),
                r.byteValue("rfid.afiOnLoan", 0xC2),
                r.byteValue("rfid.afiInStock", 0x07),
                r.integer("rfid.writeRetries", 3, 0, 10),
                r.integer("rfid.missesBeforeLeft", 3, 1, 20),
                r.integer("rfid.responseTimeoutMillis", 500, 50, 10_000),
                r.bool("rfid.blockBytesMsbFirst", true),
                r.string("rfid.ownerLibrary", "ID-MLG01"));
        if (!s.ownerLibrary.matches(ISIL)) {
            r.problem("rfid.ownerLibrary", s.ownerLibrary,
                    "the library's ISIL: two capital letters for the country, '-', and 1 to 9 letters or digits, such as ID-MLG01");
        }
        if (s.afiOnLoan == s.afiInStock && !r.hasProblem("rfid.afiOnLoan") && !r.hasProblem("rfid.afiInStock")) {
            r.problem("rfid.afiOnLoan", String.format("0x%02X", s.afiOnLoan),
                    "a value different from rfid.afiInStock, or the gate cannot tell a loan from a theft");
        }
        return s;
    }

    /** The serial line for the reader. */
    public SerialSettings serialSettings() {
        return new SerialSettings(port, baud, dataBits, Parity.of(parity), stopBits);
    }

    /** How the FEIG driver talks to the reader. */
    public FeigReaderOptions feigOptions() {
        return new FeigReaderOptions(busAddress, Duration.ofMillis(responseTimeoutMillis),
                FeigReaderOptions.defaults().retries(), FeigReaderOptions.defaults().blocksToRead(),
                blockBytesMsbFirst);
    }

    /** The owner library's country code, such as {@code ID}. */
    public String ownerCountry() {
        return ownerLibrary.substring(0, 2);
    }

    /** The owner library's identifier within its country, such as {@code MLG01}. */
    public String ownerIsil() {
        return ownerLibrary.substring(3);
    }

    public Duration pollInterval() {
        return Duration.ofMillis(pollMillis);
    }

    /** Security attempts: the first write and its retries. */
    public int securityAttempts() {
        return writeRetries + 1;
    }
}
