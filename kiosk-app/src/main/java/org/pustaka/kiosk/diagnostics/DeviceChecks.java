package org.pustaka.kiosk.diagnostics;

import java.util.List;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.PrinterStatus;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.StatusLights;

/** The device self-tests; each returns a verdict whose sentence says what to do when it failed. */
final class DeviceChecks {
    record Verdict(boolean ok, TechnicianText detail) {
        static Verdict ok(String key, Object... args) {
            return new Verdict(true, TechnicianText.of(key, args));
        }

        static Verdict failed(String key, Object... args) {
            return new Verdict(false, TechnicianText.of(key, args));
        }
    }

    private DeviceChecks() {
    }

    static Verdict rfid(RfidReader reader) {
        DeviceHealth health = reader.health();
        if (!health.usable()) {
            return Verdict.failed("check.rfid.notReady", TechnicianText.aside(health.detail()));
        }
        try {
            List<String> tags = reader.inventory();
            return Verdict.ok("check.rfid.ready", tags.size());
        } catch (DeviceException e) {
            return Verdict.failed("check.rfid.noInventory", TechnicianText.aside(e.getMessage()));
        }
    }

    static Verdict printer(ReceiptPrinter printer) {
        if (printer == null) {
            return Verdict.ok("check.printer.none");
        }
        PrinterStatus s = printer.status();
        if (!s.known()) {
            return Verdict.ok("check.printer.noStatus");
        }
        if (s.paperOut()) {
            return Verdict.failed("check.printer.paperOut");
        }
        if (s.coverOpen()) {
            return Verdict.failed("check.printer.coverOpen");
        }
        if (!s.online()) {
            return Verdict.failed("check.printer.offline", TechnicianText.aside(printer.health().detail()));
        }
        if (s.error()) {
            return Verdict.failed("check.printer.error");
        }
        if (s.paperNearEnd()) {
            return Verdict.ok("check.printer.paperNearEnd");
        }
        return Verdict.ok("check.printer.ready");
    }

    static Verdict lights(StatusLights lights) {
        if (lights == null) {
            return Verdict.ok("check.lights.none");
        }
        DeviceHealth h = lights.health();
        if (!h.usable()) {
            return Verdict.failed("check.lights.notReady", TechnicianText.aside(h.detail()));
        }
        return Verdict.ok("check.lights.ready");
    }

    /** The buzzer port reports no health, so the check sounds a tick for the technician to hear. */
    static Verdict buzzer(Buzzer buzzer) {
        if (buzzer == null) {
            return Verdict.ok("check.buzzer.none");
        }
        buzzer.play(BuzzerCue.KEY);
        return Verdict.ok("check.buzzer.ticked");
    }
}
