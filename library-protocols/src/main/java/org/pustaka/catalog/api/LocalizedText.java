package org.pustaka.catalog.api;

/** A text in Bahasa Indonesia ({@code id}) and English ({@code en}); either may be empty, never null. */
public record LocalizedText(String id, String en) {
    public LocalizedText {
        id = id == null ? "" : id;
        en = en == null ? "" : en;
    }

    public static LocalizedText of(String id, String en) {
        return new LocalizedText(id, en);
    }

    /** The text in {@code language} ("id" or "en"), falling back to the other one when empty. */
    public String in(String language) {
        String first = "en".equals(language) ? en : id;
        return first.isEmpty() ? ("en".equals(language) ? id : en) : first;
    }
}
