package org.pustaka.kiosk.diagnostics;

import java.util.Objects;

/**
 * The outcome of one self-test: its name ({@code rfid}, {@code printer}, ...), whether it passed, a
 * sentence for the technician that says what was found and, when not ok, what to do, and how long the
 * check took.
 */
public record CheckResult(String name, boolean ok, TechnicianText detail, long millis) {
    public CheckResult {
        Objects.requireNonNull(name, "name");
        detail = detail == null ? TechnicianText.NONE : detail;
    }
}
