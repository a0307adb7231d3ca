package org.pustaka.kiosk.booking;

import java.util.Objects;

/**
 * A sentence a visitor reads, in Bahasa Indonesia and English. The domain speaks to people in both
 * languages; the screen (or the demo) picks one per session with {@link #in}.
 */
public record Sentence(String id, String en) {

    public Sentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(en, "en");
    }

    /** The text for a language code ({@code id} or {@code en}); anything else gets Indonesian. */
    public String in(String language) {
        return "en".equals(language) ? en : id;
    }
}
