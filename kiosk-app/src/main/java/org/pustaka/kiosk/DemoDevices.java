package org.pustaka.kiosk;

import java.util.List;
import org.pustaka.hardware.sim.RecordingReceiptPrinter;
import org.pustaka.kiosk.library.sim.SimCatalog;
import org.pustaka.kiosk.ui.DemoCard;
import org.pustaka.kiosk.ui.DemoCatalog;
import org.pustaka.kiosk.ui.DemoItem;
import org.pustaka.kiosk.ui.SimulatedDevices;
import org.pustaka.kiosk.ui.SimulatedLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the demo's "simulated devices" window does, over the engine's simulators: the pad and card
 * scanner, the recording printer, and the simulated library system's offline switch. The central
 * catalog switch changes nothing yet: the demo keeps events and visits in the local store and its
 * reports wait in the outbox either way; the switch is logged.
 */
final class DemoDevices implements SimulatedDevices {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDevices.class);

    private final SimDevices devices;
    private final RecordingReceiptPrinter printer;
    private final DemoCatalog catalog;

    DemoDevices(SimDevices devices, RecordingReceiptPrinter printer) {
        this.devices = devices;
        this.printer = printer;
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

    @Override
    public void offline(SimulatedLink link, boolean offline) {
        if (link == SimulatedLink.LIBRARY_SYSTEM && devices.canSwitchLibrary()) {
            devices.libraryOffline(offline);
        } else {
            LOG.info("The demo has no simulated {} to switch {}; nothing changed.", link, offline ? "off" : "on");
        }
    }
}
