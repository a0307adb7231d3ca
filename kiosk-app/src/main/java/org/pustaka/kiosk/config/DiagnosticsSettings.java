package org.pustaka.kiosk.config;

/**
 * Technician mode: the PIN's password4j hash (never the PIN itself), how many wrong tries lock it and for
 * how long.
 */
public record DiagnosticsSettings(String pinHash, int maxTries, int lockMinutes) {

    static DiagnosticsSettings read(ConfigReader r) {
        return new DiagnosticsSettings(
                r.string("diagnostics.pinHash", ""),
                r.integer("diagnostics.maxTries", 5, 1, 20),
                r.integer("diagnostics.lockMinutes", 5, 1, 1440));
    }

    @Override
    public String toString() {
        return "DiagnosticsSettings[pinHash=****, maxTries=" + maxTries + ", lockMinutes=" + lockMinutes + "]";
    }
}
