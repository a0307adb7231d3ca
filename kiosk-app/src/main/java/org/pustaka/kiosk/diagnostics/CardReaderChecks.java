package org.pustaka.kiosk.diagnostics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.pustaka.hardware.api.CardScanner;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.card.CardReaderBase;

/**
 * One check per configured card reader for {@code kiosk diagnose}: each reader that runs on its own
 * (serial, pcsc) is started, given up to {@code settle} to find its device, asked for its state and
 * stopped; the keyboard wedge and the pad reader report what they are, since they live inside the running
 * kiosk (its window, its RFID reader check).
 */
public final class CardReaderChecks {
    private CardReaderChecks() {
    }

    public static List<CheckResult> run(List<CardScanner> readers, Duration settle) {
        List<CheckResult> out = new ArrayList<>();
        for (CardScanner reader : readers) {
            long started = System.nanoTime();
            String name = reader instanceof CardReaderBase b ? b.name() : "card";
            boolean standalone = name.equals("serial") || name.equals("pcsc");
            DeviceHealth health = reader.health();
            if (standalone) {
                reader.listen(read -> { });
                long deadline = System.nanoTime() + settle.toNanos();
                while (reader.health().state() == DeviceHealth.State.DEGRADED && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(20_000_000);
                }
                health = reader.health();
                reader.stop();
            }
            TechnicianText detail = TechnicianText.of(health.usable() ? "check.card.ready" : "check.card.notConnected",
                    TechnicianText.aside(health.detail()));
            out.add(new CheckResult("card." + name, health.usable(), detail,
                    Duration.ofNanos(System.nanoTime() - started).toMillis()));
        }
        return out;
    }
}
