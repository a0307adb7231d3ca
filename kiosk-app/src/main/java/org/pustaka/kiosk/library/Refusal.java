package org.pustaka.kiosk.library;

import java.util.Objects;

/** A "no" with its reason by meaning and the library's own words (possibly empty). */
public record Refusal(RefusalReason reason, String libraryMessage) {
    public Refusal {
        Objects.requireNonNull(reason, "reason");
        libraryMessage = libraryMessage == null ? "" : libraryMessage;
    }

    public static Refusal of(RefusalReason reason) {
        return new Refusal(reason, "");
    }
}
