package org.pustaka.kiosk.config;

import java.util.ArrayList;
import java.util.List;
import org.pustaka.kiosk.config.KioskConfig;

/**
 * The parts of a configuration that are simulators rather than the kiosk's devices and library system.
 * Every driver key defaults to {@code sim}, so a production configuration that forgets one would lend
 * against the built-in demo library or "print" receipts into memory while telling visitors they printed;
 * {@code kiosk run} logs each of these sentences as a warning and diagnostics shows them. Each names the
 * key and says what to set instead, in Indonesian and English.
 */
public final class SimulatedParts {
    private SimulatedParts() {
    }

    /** One sentence per simulated part, empty when the configuration drives real devices only. */
    public static List<String> of(KioskConfig config) {
        List<String> out = new ArrayList<>();
        if (config.rfid().driver().equals("sim")) {
            out.add(sentence("rfid.driver", "pembaca RFID hanya simulasi; buku di atas pad tidak terbaca",
                    "the RFID reader is simulated; books on the pad are not read", "feig (dan rfid.port)", "feig (and rfid.port)"));
        }
        if (config.printer().driver().equals("sim")) {
            out.add(sentence("printer.driver", "struk hanya dicetak ke memori", "receipts are printed into memory only",
                    "escpos (dan printer.device) atau none", "escpos (and printer.device) or none"));
        }
        if (config.gpio().driver().equals("sim")) {
            out.add(sentence("gpio.driver", "lampu dan buzzer hanya simulasi", "the lights and buzzer are simulated",
                    "pi4j atau none", "pi4j or none"));
        }
        if (config.library().type().equals("sim")) {
            out.add(sentence("library.type", "peminjaman dicatat di perpustakaan demo bawaan, bukan sistem perpustakaan",
                    "loans go to the built-in demo library, not the library system", "sip2 atau http", "sip2 or http"));
        }
        return List.copyOf(out);
    }

    private static String sentence(String key, String id, String en, String fixId, String fixEn) {
        return key + "=sim: " + id + "; setel " + key + "=" + fixId + ". / " + key + "=sim: " + en + "; set " + key
                + "=" + fixEn + ".";
    }
}
