package org.pustaka.kiosk.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Library cards: which readers the kiosk has ({@code card.readers}, any of hid, serial, pad, pcsc, at
 * once), how a keyboard-wedge scan is told from typing (largest gap between keys, shortest scan), the
 * serial scanner's port and framing, the PC/SC reader's name, and how a member number read from a card
 * is normalised before the library system sees it (prefix and suffix to strip, leading zeros, barcode
 * start/stop characters).
 */
public record CardSettings(List<String> readers, int hidMaxGapMillis, int hidMinLength, String serialPort,
                           int serialBaud, String serialPrefix, String serialSuffix, String pcscReader,
                           int pcscPollMillis, String stripPrefix, String stripSuffix, boolean stripLeadingZeros,
                           String startStop) {
    static final Set<String> KNOWN = Set.of("hid", "serial", "pad", "pcsc");

    public CardSettings {
        readers = List.copyOf(readers);
    }

    static CardSettings read(ConfigReader r) {
        String list = r.string("card.readers", "hid");
        Set<String> readers = new LinkedHashSet<>();
        for (String part : list.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.equals("none")) {
                continue;
            }
            if (!KNOWN.contains(name)) {
                r.problem("card.readers", list, "a comma-separated list of hid, serial, pad and pcsc (or none)");
            }
            readers.add(name);
        }
        for (String key : new String[] {"card.serialPrefix", "card.serialSuffix"}) {
            String value = r.raw(key).orElse(null);
            try {
                if (value != null) {
                    org.pustaka.hardware.card.serial.ControlText.parse(value);
                }
            } catch (IllegalArgumentException e) {
                r.problem(key, value, "plain characters and \\r, \\n, \\t or \\xNN escapes (" + e.getMessage() + ")");
            }
        }
        return new CardSettings(new ArrayList<>(readers),
                r.integer("card.hidMaxGapMillis", 50, 5, 500),
                r.integer("card.hidMinLength", 4, 1, 40),
                r.string("card.serialPort", "/dev/pustaka-scanner"),
                r.integer("card.serialBaud", 9600, 1200, 115_200),
                r.string("card.serialPrefix", ""),
                r.string("card.serialSuffix", "\\r"),
                r.string("card.pcscReader", ""),
                r.integer("card.pcscPollMillis", 250, 50, 5000),
                r.string("card.stripPrefix", ""),
                r.string("card.stripSuffix", ""),
                r.bool("card.stripLeadingZeros", false),
                r.choice("card.startStop", "none", "none", "code39", "codabar"));
    }

    public boolean has(String reader) {
        return readers.contains(reader);
    }
}
