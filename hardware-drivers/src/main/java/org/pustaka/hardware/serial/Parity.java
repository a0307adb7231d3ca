package org.pustaka.hardware.serial;

import java.util.Locale;

/** Serial parity. FEIG readers default to even parity; many other devices use none. */
public enum Parity {
    NONE,
    EVEN,
    ODD;

    /** Reads {@code none}, {@code even} or {@code odd} (any case) as used in the configuration. */
    public static Parity of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
