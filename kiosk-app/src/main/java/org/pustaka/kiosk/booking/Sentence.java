package org.pustaka.kiosk.booking;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence a visitor reads, in Bahasa Indonesia and English. The domain speaks to people in both
 * languages; the screen (or the demo) picks one per session with {@link #in}.
 */
public record Sentence(String id, String en) {
    private static final String BUNDLE = "org.pustaka.kiosk.booking.sentences";

    public Sentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The sentence under {@code key} in the {@code sentences_id} and {@code sentences_en} bundles beside
     * this class, with {@code args} filled in as plain text (a number as its digits). A missing key is a
     * bug: it throws.
     */
    public static Sentence of(String key, Object... args) {
        Object[] text = Arrays.stream(args).map(String::valueOf).toArray();
        return new Sentence(format("id", key, text), format("en", key, text));
    }

    /** The text for a language code ({@code id} or {@code en}); anything else gets Indonesian. */
    public String in(String language) {
        return "en".equals(language) ? en : id;
    }

    private static String format(String language, String key, Object[] args) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
