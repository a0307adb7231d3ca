package org.pustaka.kiosk.config;

/**
 * The receipt printer: {@code sim} (records receipts), {@code escpos} (an ESC/POS printer on a device
 * file or serial port) or {@code none}. {@code columns} is 32 for 58 mm paper, 48 for 80 mm.
 */
public record PrinterSettings(String driver, String device, int baud, int columns, boolean bidirectional) {

    static PrinterSettings read(ConfigReader r) {
        String paper = r.choice("printer.paperMm", "80", "58", "80");
        return new PrinterSettings(
                r.choice("printer.driver", "sim", "sim", "escpos", "none"),
                r.string("printer.device", "/dev/pustaka-printer"),
                r.integer("printer.baud", 19200, 1200, 921_600),
                paper.equals("58") ? 32 : 48,
                r.bool("printer.bidirectional", false));
    }
}
