package org.pustaka.kiosk.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.pustaka.kiosk.compose.KioskEngine;
import org.pustaka.kiosk.demo.SimDevices;
import org.pustaka.kiosk.circulation.Circulation;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.cli.Json;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.demo.Scenario;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.PatronCredentials;

/**
 * The measured side of {@code kiosk bench soak}, run in a JVM with a small heap: the demo kiosk engine
 * (simulated library and pad, the maintenance timer running) serves complete visits one after the other
 * (identify, borrow three items of which one has two parts, return them, look at the account), and a
 * {@link MemorySample} is printed as a JSON line every {@code every} visits.
 */
public final class SoakWorker {
    private static final List<Scenario.PadEntry> STACK = List.of(new Scenario.PadEntry("30000101", 1),
            new Scenario.PadEntry("30000102", 1), new Scenario.PadEntry("30000105", 2));

    private SoakWorker() {
    }

    public static void run(Path dataDir, int visits, int every, PrintWriter out) throws ConfigException {
        KioskConfig config = KioskConfig.demo(dataDir, System.getenv());
        Scenario s = Scenario.builtIn();
        PatronCredentials visitor = new PatronCredentials(s.patron(), s.pin().isEmpty() ? null : s.pin());
        try (KioskEngine engine = KioskEngine.start(config)) {
            Circulation desk = engine.desk();
            SimDevices dev = engine.devices().orElseThrow();
            Json.print(out, MemorySample.now(0, engine.database()));
            for (int v = 1; v <= visits; v++) {
                visit(desk, dev, visitor);
                if (v % every == 0 || v == visits) {
                    Json.print(out, MemorySample.now(v, engine.database()));
                }
            }
        }
    }

    private static void visit(Circulation desk, SimDevices dev, PatronCredentials visitor) {
        if (desk.identify(visitor).refusal() != null) {
            throw new IllegalStateException("The demo visitor was refused; the soak needs a visitor in good standing.");
        }
        STACK.forEach(e -> dev.placeItem(e.itemId(), e.parts(), false));
        for (PadItem item : desk.padContent().items()) {
            expectDone(desk.borrow(visitor, item));
        }
        dev.clearPad();
        STACK.forEach(e -> dev.placeItem(e.itemId(), e.parts(), true));
        for (PadItem item : desk.padContent().items()) {
            expectDone(desk.giveBack(item));
        }
        dev.clearPad();
        try {
            desk.account(visitor);
        } catch (LibraryException e) {
            throw new IllegalStateException("The account view failed: " + e.getMessage(), e);
        }
    }

    private static void expectDone(ItemOutcome o) {
        if (o.result() != ItemOutcome.Result.DONE) {
            throw new IllegalStateException("Item " + o.itemId() + " ended " + o.result() + " during the soak.");
        }
    }
}
