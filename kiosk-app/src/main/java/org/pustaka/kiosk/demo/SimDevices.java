package org.pustaka.kiosk.demo;

import java.util.function.Consumer;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FileBackedRfidPad;
import org.pustaka.hardware.sim.SimCardScanner;
import org.pustaka.hardware.sim.SimRfidPad;

/**
 * The simulated devices of a demo or test kiosk, for the demo's device window and scripted visits to
 * drive: put demo-library items on the pad and take them off (tags keep their AFI, like real ones),
 * scan a card, and cut the simulated library system off the network. Calls are safe from any thread.
 */
public final class SimDevices {
    private final FileBackedRfidPad pad;
    private final SimCardScanner cards;
    private final Consumer<Boolean> libraryOffline;

    public SimDevices(FileBackedRfidPad pad, SimCardScanner cards, Consumer<Boolean> libraryOffline) {
        this.pad = pad;
        this.cards = cards;
        this.libraryOffline = libraryOffline;
    }

    /**
     * Puts every part of a demo item on the pad. A tag seen before comes back as it was left; a new one
     * is made in stock, or on loan when {@code onLoan} (an item the visitor took home earlier).
     */
    public void placeItem(String itemId, int parts, boolean onLoan) {
        for (int part = 1; part <= parts; part++) {
            pad.place(DemoTags.tagFor(itemId, parts, part, onLoan ? DemoTags.AFI_ON_LOAN : DemoTags.AFI_IN_STOCK));
        }
    }

    /** Puts only some parts of a multi-part item on the pad (to show the "all parts" rule). */
    public void placePart(String itemId, int parts, int part) {
        pad.place(DemoTags.tagFor(itemId, parts, part, DemoTags.AFI_IN_STOCK));
    }

    public void removeItem(String itemId, int parts) {
        for (int part = 1; part <= parts; part++) {
            pad.remove(DemoTags.uidFor(itemId, part));
        }
    }

    public void clearPad() {
        pad.simulator().tagsOnPad().forEach(t -> pad.remove(t.uid()));
    }

    /** Whether the tag of this item part is set on loan (AFI) now, or null when the pad never saw it. */
    public Boolean tagOnLoan(String itemId, int part) {
        String uid = DemoTags.uidFor(itemId, part);
        return pad.allTags().stream().filter(t -> t.uid().equals(uid)).findFirst()
                .map(t -> t.afi() == DemoTags.AFI_ON_LOAN).orElse(null);
    }

    /** A card held to the scanner, as the barcode reader would deliver it. */
    public void scanCard(String cardNumber) {
        cards.scan(cardNumber);
    }

    public SimCardScanner cardScanner() {
        return cards;
    }

    /** The in-memory pad, for fault switches (failing writes, broken reader). */
    public SimRfidPad padSimulator() {
        return pad.simulator();
    }

    /** Whether {@link #libraryOffline} works: only with the built-in simulated library system. */
    public boolean canSwitchLibrary() {
        return libraryOffline != null;
    }

    /** Cuts the simulated library system off (true) or brings it back (false). */
    public void libraryOffline(boolean offline) {
        if (libraryOffline == null) {
            throw new IllegalStateException("The library system is a real one; it cannot be switched off from here.");
        }
        libraryOffline.accept(offline);
    }
}
