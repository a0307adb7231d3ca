package org.pustaka.kiosk.config;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The parts of a configuration that are simulators rather than the kiosk's devices and library system.
 * Every driver key defaults to {@code sim}, so a production configuration that forgets one would lend
 * against the built-in demo library or "print" receipts into memory while telling visitors they printed;
 * {@code kiosk run} logs each of these sentences as a warning and diagnostics shows them. Each names the
 * key and says what to set instead, in Indonesian then English, from the {@code simulated_id} and
 * {@code simulated_en} bundles beside this class.
 */
public final class SimulatedParts {
    private static final String BUNDLE = "org.pustaka.kiosk.config.simulated";

    private SimulatedParts() {
    }

    /** One sentence per simulated part, empty when the configuration drives real devices only. */
    public static List<String> of(KioskConfig config) {
        List<String> out = new ArrayList<>();
        if (config.rfid().driver().equals("sim")) {
            out.add(sentence("rfid.driver"));
        }
        if (config.printer().driver().equals("sim")) {
            out.add(sentence("printer.driver"));
        }
        if (config.gpio().driver().equals("sim")) {
            out.add(sentence("gpio.driver"));
        }
        if (config.library().type().equals("sim")) {
            out.add(sentence("library.type"));
        }
        return List.copyOf(out);
    }

    /** {@code "<id> / <en>"}: what the simulated {@code key} means and what to set it to. */
    private static String sentence(String key) {
        return in("id", key) + " / " + in("en", key);
    }

    private static String in(String language, String key) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("sentence"), locale)
                .format(new Object[] {key, bundle.getString(key + ".what"), bundle.getString(key + ".fix")});
    }
}
