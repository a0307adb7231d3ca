package org.pustaka.central.http.api;

import java.util.List;

/** The body of every error answer; {@code nextFreeSlots} only with {@code SLOT_TAKEN}. */
public record ApiError(String code, LocalizedText message, List<VisitSlot> nextFreeSlots) {
}
