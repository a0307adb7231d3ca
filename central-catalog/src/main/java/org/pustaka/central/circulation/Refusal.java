package org.pustaka.central.circulation;

import java.util.Objects;

/** A refusal: its code and the sentence that tells the visitor why, in both languages. */
public record Refusal(RefusalCode code, Sentence message) {
    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
