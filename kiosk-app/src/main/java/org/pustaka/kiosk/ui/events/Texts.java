package org.pustaka.kiosk.ui.events;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The visitor's texts for the event and visit screens, from the ui message bundle of the session's language. */
public final class Texts {
    private final ResourceBundle bundle;
    private final String language;

    public Texts(ResourceBundle bundle, String language) {
        this.bundle = bundle;
        this.language = language;
    }

    public static Texts of(String baseName, String language) {
        return new Texts(ResourceBundle.getBundle(baseName, Locale.forLanguageTag(language)), language);
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
    }

    /** {@code id} or {@code en}, for the domain's two-language sentences. */
    public String language() {
        return language;
    }
}
