package org.pustaka.central.circulation;

import java.util.Objects;

/** One sentence for a person, in Bahasa Indonesia ({@code id}) and English ({@code en}). */
public record Sentence(String id, String en) {
    public Sentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(en, "en");
    }
}
