package org.pustaka.kiosk.diagnostics;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A sentence for the technician: a key of the diagnostics bundle ({@code technician_id} and
 * {@code technician_en} beside this class) and the values to fill in. The technician's window shows it
 * in its own language ({@link #in}); the command line, which has no language of its own, shows both
 * ({@link #both}). Values are kept as text, so numbers read as the kiosk wrote them.
 */
public record TechnicianText(String key, List<String> args) {
    private static final String BUNDLE = "org.pustaka.kiosk.diagnostics.technician";
    private static final String AS_SAID = "=";

    /** No sentence: a check or scan with nothing to say. */
    public static final TechnicianText NONE = new TechnicianText("", List.of());

    public TechnicianText {
        args = List.copyOf(args);
    }

    public static TechnicianText of(String key, Object... args) {
        return new TechnicianText(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /**
     * A sentence that comes already in both languages from elsewhere (the configuration's own warnings),
     * shown as it is whatever the language.
     */
    public static TechnicianText asSaid(String sentence) {
        return new TechnicianText(AS_SAID, List.of(sentence));
    }

    /** {@code " (detail)"} when there is a detail (a device's or the network's own words), else empty. */
    public static String aside(String detail) {
        return detail == null || detail.isEmpty() ? "" : " (" + detail + ")";
    }

    public boolean isEmpty() {
        return key.isEmpty();
    }

    /** The sentence in {@code id} or {@code en}; empty for {@link #NONE}. */
    public String in(String language) {
        if (isEmpty()) {
            return "";
        }
        if (AS_SAID.equals(key)) {
            return args.get(0);
        }
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
    }

    /** Bahasa Indonesia, then English: {@code "id / en"}. */
    public String both() {
        return isEmpty() || AS_SAID.equals(key) ? in("id") : in("id") + " / " + in("en");
    }
}
