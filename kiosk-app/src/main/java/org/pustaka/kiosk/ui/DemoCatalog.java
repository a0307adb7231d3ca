package org.pustaka.kiosk.ui;

import java.util.List;

/** The demo items and cards the device window offers. */
public record DemoCatalog(List<DemoItem> items, List<DemoCard> cards) {
    public DemoCatalog {
        items = List.copyOf(items);
        cards = List.copyOf(cards);
    }
}
