package org.pustaka.catalog.api;

import java.util.List;

/** The answer to {@code GET school-visits/slots}. */
public record SlotList(List<VisitSlot> slots) {
    public SlotList {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
