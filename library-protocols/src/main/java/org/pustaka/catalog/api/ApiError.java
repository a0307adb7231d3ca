package org.pustaka.catalog.api;

import java.util.List;

/**
 * The error body every non-2xx answer carries: a stable upper-case {@code code} (see the OpenAPI
 * document), the message in both languages, and for {@code SLOT_TAKEN} the next free slots.
 */
public record ApiError(String code, LocalizedText message, List<VisitSlot> nextFreeSlots) {
    public ApiError {
        code = code == null || code.isBlank() ? "UNKNOWN" : code;
        message = message == null ? new LocalizedText("", "") : message;
        nextFreeSlots = nextFreeSlots == null ? List.of() : List.copyOf(nextFreeSlots);
    }

    public static ApiError of(String code, String id, String en) {
        return new ApiError(code, new LocalizedText(id, en), List.of());
    }
}
