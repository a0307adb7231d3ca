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
    record Verdict(boolean ok, String detail) {
    }

    private DeviceChecks() {
    }

    static Verdict rfid(RfidReader reader) {
        DeviceHealth health = reader.health();
        if (!health.usable()) {
            return new Verdict(false, "Pembaca RFID tidak siap: periksa kabel, daya dan rfid.port. "
                    + "/ The RFID reader is not ready: check its cable, power and rfid.port. (" + health.detail() + ")");
        }
        try {
            List<String> tags = reader.inventory();
            return new Verdict(true, "Pembaca RFID menjawab; " + tags.size() + " tag di atas pad. "
                    + "/ The RFID reader answers; " + tags.size() + " tags on the pad.");
        } catch (DeviceException e) {
            return new Verdict(false, "Pembaca RFID tidak menjawab inventaris: periksa kabel, daya dan antena. "
                    + "/ The RFID reader did not answer an inventory: check its cable, power and antenna. ("
                    + e.getMessage() + ")");
        }
    }

    static Verdict printer(ReceiptPrinter printer) {
        if (printer == null) {
            return new Verdict(true, "Tidak ada printer (printer.driver=none); kios tidak menawarkan struk. "
                    + "/ No printer configured (printer.driver=none); the kiosk offers no receipts.");
        }
        PrinterStatus s = printer.status();
        if (!s.known()) {
            return new Verdict(true, "Printer tidak melaporkan status (jalur satu arah); cetak halaman uji untuk "
                    + "memeriksa kertas. / The printer reports no status (one-way link); print a test page to "
                    + "check the paper.");
        }
        if (s.paperOut()) {
            return new Verdict(false, "Kertas habis: pasang gulungan baru. / Paper out: load a new roll.");
        }
        if (s.coverOpen()) {
            return new Verdict(false, "Tutup printer terbuka: tutup sampai terkunci. "
                    + "/ Printer cover open: close it until it clicks.");
        }
        if (!s.online()) {
            return new Verdict(false, "Printer offline: periksa kabel dan daya printer. "
                    + "/ Printer offline: check its cable and power. (" + printer.health().detail() + ")");
        }
        if (s.error()) {
            return new Verdict(false, "Printer error: matikan lalu nyalakan lagi; bersihkan kertas macet di "
                    + "pemotong. / Printer error: switch it off and on; clear any paper jam at the cutter.");
        }
        if (s.paperNearEnd()) {
            return new Verdict(true, "Kertas hampir habis: siapkan gulungan baru. "
                    + "/ Paper near end: have a new roll ready.");
        }
        return new Verdict(true, "Printer siap. / Printer ready.");
    }

    static Verdict lights(StatusLights lights) {
        if (lights == null) {
            return new Verdict(true, "Tidak ada lampu status (gpio.driver=none). / No status lights configured "
                    + "(gpio.driver=none).");
        }
        DeviceHealth h = lights.health();
        if (!h.usable()) {
            return new Verdict(false, "Lampu status tidak dapat dinyalakan: periksa gpio.greenPin, gpio.amberPin, "
                    + "gpio.redPin dan kabelnya. / The status lights cannot be switched: check gpio.greenPin, "
                    + "gpio.amberPin, gpio.redPin and the wiring. (" + h.detail() + ")");
        }
        return new Verdict(true, "Lampu status siap. / Status lights ready.");
    }

    /** The buzzer port reports no health, so the check sounds a tick for the technician to hear. */
    static Verdict buzzer(Buzzer buzzer) {
        if (buzzer == null) {
            return new Verdict(true, "Tidak ada buzzer (gpio.driver=none). / No buzzer configured (gpio.driver=none).");
        }
        buzzer.play(BuzzerCue.KEY);
        return new Verdict(true, "Bunyi tik dikirim; jika tidak terdengar, periksa gpio.buzzerPin dan kabelnya. "
                + "/ A tick was sent; if you hear nothing, check gpio.buzzerPin and the wiring.");
    }
}
