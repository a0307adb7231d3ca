package org.pustaka.kiosk.demo;

import java.io.IOException;
import java.util.List;
import org.pustaka.hardware.sim.RecordingReceiptPrinter;
import org.pustaka.kiosk.hub.OutboxSender;
import org.pustaka.kiosk.ui.DemoCard;
import org.pustaka.kiosk.ui.DemoCatalog;
import org.pustaka.kiosk.ui.DemoItem;
import org.pustaka.kiosk.ui.SimulatedDevices;
import org.pustaka.kiosk.ui.SimulatedLink;
import org.pustaka.sip2.sim.SimCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the demo's "simulated devices" window does, over the engine's simulators: the pad and card
 * scanner, the recording printer, the simulated library system's offline switch, and the central
 * catalog switch. The latter takes the demo's in-process simulated central catalog
 * ({@link DemoCentralCatalog}) off the network: reports, sign-ups and bookings then wait in the outbox
 * (events show from the local copy), and when it is switched back the outbox sender's next round is
 * brought forward so the outbox drains at once. With {@code --config} naming a real catalog there is
 * nothing to switch and the switch is only logged.
 */
public final class DemoDevices implements SimulatedDevices {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDevices.class);

    private final SimDevices devices;
    private final RecordingReceiptPrinter printer;
    private final DemoCatalog catalog;
    private final DemoCentralCatalog central;
    private final OutboxSender sender;

    /**
     * @param central the simulated central catalog, or null when the demo talks to a real one
     * @param sender  the outbox sender to wake when the catalog comes back (may be null with {@code central})
     */
    public DemoDevices(SimDevices devices, RecordingReceiptPrinter printer, DemoCentralCatalog central, OutboxSender sender) {
        this.devices = devices;
        this.printer = printer;
        this.central = central;
        this.sender = sender;
        SimCatalog library = SimCatalog.demo();
        List<DemoItem> items = library.items().stream()
                .map(i -> new DemoItem(i.id(), i.title(), i.parts())).toList();
        List<DemoCard> cards = library.patrons().stream()
                .map(p -> new DemoCard(p.id(), p.name() + " (PIN " + p.pin() + ")")).toList();
        this.catalog = new DemoCatalog(items, cards);
    }

    @Override
    public DemoCatalog catalog() {
        return catalog;
    }

    @Override
    public void pad(DemoItem item, int part, boolean onPad) {
        if (onPad) {
            devices.placePart(item.itemId(), item.parts(), part);
        } else {
            devices.padSimulator().remove(item.tagUid(part));
        }
    }

    @Override
    public void scanCard(String cardNumber) {
        devices.scanCard(cardNumber);
    }

    @Override
    public void paperOut(boolean out) {
        printer.paperOut(out);
    }

    /** Called off the event thread (the devices window's worker); the catalog switch blocks briefly. */
    @Override
    public void offline(SimulatedLink link, boolean offline) {
        if (link == SimulatedLink.LIBRARY_SYSTEM && devices.canSwitchLibrary()) {
            devices.libraryOffline(offline);
        } else if (link == SimulatedLink.CENTRAL_CATALOG && central != null) {
            catalogOffline(offline);
        } else {
            LOG.info("The demo has no simulated {} to switch {}; nothing changed.", link, offline ? "off" : "on");
        }
    }

    private void catalogOffline(boolean offline) {
        try {
            central.offline(offline);
        } catch (IOException e) {
            LOG.warn("The simulated central catalog could not be switched {} ({}); try the switch again.",
                    offline ? "off" : "on", e.getMessage());
            return;
        }
        if (offline) {
            LOG.info("The simulated central catalog is off the network: reports wait in the outbox.");
        } else {
            LOG.info("The simulated central catalog is back: the outbox is delivered now.");
            if (sender != null) {
                sender.sendSoon();
            }
        }
    }
}
