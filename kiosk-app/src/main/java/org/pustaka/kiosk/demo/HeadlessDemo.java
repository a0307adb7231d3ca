package org.pustaka.kiosk.demo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.pustaka.kiosk.compose.KioskEngine;
import org.pustaka.kiosk.circulation.Circulation;
import org.pustaka.kiosk.circulation.IdentifyResult;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.circulation.ReplaySummary;
import org.pustaka.kiosk.circulation.VisitorText;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.privacy.PatronMask;

/**
 * The scripted visit of {@code kiosk demo --headless}: one visitor borrows a stack (one item a book
 * with its CD, one refused), returns a book, renews, then the library connection drops, a book is
 * borrowed offline, the connection comes back and the offline loan is replayed; finally the receipt.
 * Every step is printed on stderr; the totals go to stdout as one JSON line. Devices are simulated;
 * the library system is whatever the configuration says.
 */
public final class HeadlessDemo {
    private final KioskConfig config;
    private final Scenario scenario;
    private final PrintWriter err;
    private final String lang;
    private final DemoTotals totals = new DemoTotals();

    public HeadlessDemo(KioskConfig config, Scenario scenario, PrintWriter err) {
        this.config = config;
        this.scenario = scenario;
        this.err = err;
        this.lang = config.kiosk().defaultLanguage();
    }

    /** Runs the visit; returns the totals for stdout. */
    public DemoTotals run() {
        try (KioskEngine engine = KioskEngine.start(config)) {
            Circulation desk = engine.desk();
            SimDevices dev = engine.devices().orElseThrow(() -> new IllegalStateException(
                    "The demo needs the simulated pad: set rfid.driver=sim."));
            step("kiosk " + config.kiosk().id() + " ready; library system: " + config.library().type()
                    + "; start-up recovery: " + engine.startupRecovery());
            dev.clearPad();
            PatronCredentials visitor = new PatronCredentials(scenario.patron(),
                    scenario.pin().isEmpty() ? null : scenario.pin());
            identify(desk, visitor);

            step("visitor puts " + scenario.borrow().size() + " items on the pad to borrow");
            scenario.borrow().forEach(e -> dev.placeItem(e.itemId(), e.parts(), false));
            List<ItemOutcome> loans = new ArrayList<>();
            desk.borrowAll(visitor, desk.padContent().items()).forEach(o -> loans.add(report("borrow", o)));
            dev.clearPad();

            step("visitor puts " + scenario.giveBack().size() + " items on the pad to return (no login needed)");
            scenario.giveBack().forEach(e -> dev.placeItem(e.itemId(), e.parts(), true));
            desk.giveBackAll(desk.padContent().items()).forEach(o -> report("return", o));
            dev.clearPad();

            step("visitor renews " + (scenario.renew().isEmpty() ? "all loans" : scenario.renew()));
            desk.renew(visitor, scenario.renew()).forEach(o -> report("renew", o));

            if (dev.canSwitchLibrary()) {
                offlinePart(desk, dev, visitor, loans);
            } else {
                step("the library system is a real one; the offline part of the visit is skipped");
            }
            String receipt = DemoReceipt.text(config, visitor, loans, fines(desk, visitor));
            step("receipt:");
            err.print(receipt);
            err.flush();
            totals.receiptLines = receipt.split("\n").length;
            return totals;
        }
    }

    private void offlinePart(Circulation desk, SimDevices dev, PatronCredentials visitor, List<ItemOutcome> loans) {
        step("the library connection is lost");
        dev.libraryOffline(true);
        IdentifyResult again = desk.identify(visitor);
        step("visitor identified again " + (again.offline() ? "offline, by the kiosk's offline rules" : "online")
                + (again.refusal() == null ? "" : ": " + VisitorText.refusal(again.refusal().reason(), lang)));
        scenario.offlineBorrow().forEach(e -> dev.placeItem(e.itemId(), e.parts(), false));
        desk.borrowAll(visitor, desk.padContent().items()).forEach(o -> loans.add(report("borrow", o)));
        dev.clearPad();
        step("the library connection is back");
        dev.libraryOffline(false);
        ReplaySummary replay = desk.replay();
        totals.replayed = replay.replayed();
        step("offline queue replayed: " + replay.replayed() + " sent, " + replay.refused()
                + " refused (flagged for staff), " + replay.left() + " still waiting");
    }

    /** The fines the receipt shows; none when the account cannot be read (offline). */
    private static Money fines(Circulation desk, PatronCredentials visitor) {
        try {
            return desk.account(visitor).fines();
        } catch (LibraryException e) {
            return Money.ZERO;
        }
    }

    private void identify(Circulation desk, PatronCredentials visitor) {
        step("visitor scans card " + PatronMask.mask(visitor.patronId()) + " and types the PIN");
        IdentifyResult who = desk.identify(visitor);
        if (who.refusal() != null) {
            step("identification refused: " + VisitorText.refusal(who.refusal().reason(), lang));
        } else {
            step("welcome, " + who.patron().name() + (who.offline() ? " (offline)" : ""));
        }
    }

    private ItemOutcome report(String what, ItemOutcome o) {
        totals.count(what, o);
        String due = o.dueDate() == null ? "" : ", due " + o.dueDate();
        step(what + " " + (o.itemId().isEmpty() ? "(unreadable tag)" : o.itemId()) + " " + o.title() + ": "
                + o.result() + due + " - " + VisitorText.outcome(o, lang));
        return o;
    }

    private void step(String text) {
        err.println("[demo] " + text);
        err.flush();
    }
}
