package org.pustaka.central.staff;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The staff pages' words in one language: Bahasa Indonesia ({@code id}, the default) or English ({@code en}). */
public final class Texts {
    private static final Texts ID = new Texts("id");
    private static final Texts EN = new Texts("en");

    private final String lang;
    private final ResourceBundle bundle;

    private Texts(String lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("staff/messages", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English only when asked for; anything else is Bahasa Indonesia. */
    public static Texts of(String lang) {
        return "en".equals(lang) ? EN : ID;
    }

    public String lang() {
        return lang;
    }

    public String get(String key, Object... args) {
        try {
            String s = bundle.getString(key);
            return args.length == 0 ? s : new MessageFormat(s, Locale.forLanguageTag(lang)).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
