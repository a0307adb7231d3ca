package org.pustaka.central.http.api;

import java.util.List;

/** The answer to {@code GET school-visits/slots}. */
public record SlotList(List<VisitSlot> slots) {
}
