package org.pustaka.kiosk.config;

/**
 * The RFID reader: {@code sim} (the in-memory pad) or {@code feig} (a FEIG ISO-host reader on a serial
 * port), the serial line settings, how often the pad is polled, and the two AFI values that mean on loan
 * and in stock (ISO 28560-1 defaults 0xC2 and 0x07; legacy installations differ).
 */
public record RfidSettings(String driver, String port, int baud, int dataBits, String parity, int stopBits,
                           int busAddress, int pollMillis, int afiOnLoan, int afiInStock, int writeRetries) {

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
                r.integer("rfid.writeRetries", 3, 0, 10));
        if (s.afiOnLoan == s.afiInStock) {
            r.problem("rfid.afiOnLoan", String.format("0x%02X", s.afiOnLoan),
                    "a value different from rfid.afiInStock, or the gate cannot tell a loan from a theft");
        }
        return s;
    }
}
