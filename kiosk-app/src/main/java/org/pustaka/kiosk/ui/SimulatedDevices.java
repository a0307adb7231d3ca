package org.pustaka.kiosk.ui;

/**
 * What the demo's "simulated devices" window does to the simulated kiosk, implemented by the demo's
 * composition over its simulators (pad, card scanner, printer, library connections). The window calls
 * every method on a worker thread, never the event thread; implementations may block briefly and must
 * not throw for ordinary use. Tags are built by the implementation from the item and part (the UID
 * follows {@link DemoItem#tagUid}).
 */
public interface SimulatedDevices {

    /** The demo items and cards to offer, in display order. */
    DemoCatalog catalog();

    /** Lays the tag of one part of an item on the pad ({@code onPad}), or takes it off. */
    void pad(DemoItem item, int part, boolean onPad);

    /** Scans a card as the card reader would. */
    void scanCard(String cardNumber);

    /** Runs the receipt printer out of paper, or loads a new roll. */
    void paperOut(boolean out);

    /** Cuts or restores a connection. */
    void offline(SimulatedLink link, boolean offline);
}
