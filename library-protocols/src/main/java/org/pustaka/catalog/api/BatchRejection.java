package org.pustaka.catalog.api;

import java.util.Objects;
import java.util.UUID;

/** One record of a batch that the server refused for good, with its error code and reason. */
public record BatchRejection(UUID id, String code, LocalizedText message) {
    public BatchRejection {
        Objects.requireNonNull(id, "id");
        code = code == null || code.isBlank() ? "REJECTED" : code;
        message = message == null ? new LocalizedText("", "") : message;
    }

    /** One line for staff: the code and the English reason (the Indonesian one when there is no English). */
    public String describe() {
        String text = message.in("en");
        return text.isEmpty() ? code : code + ": " + text;
    }
}
