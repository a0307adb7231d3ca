package org.pustaka.kiosk.circulation;

import java.util.List;

/** The pad assembled into library items, plus the card numbers of patron cards lying on it. */
public record PadContent(List<PadItem> items, List<String> patronCards) {
    public PadContent {
        items = List.copyOf(items);
        patronCards = List.copyOf(patronCards);
    }
}
