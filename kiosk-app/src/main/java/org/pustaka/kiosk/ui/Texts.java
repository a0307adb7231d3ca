package org.pustaka.kiosk.ui;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;

/**
 * Everything a visitor reads, in one language: messages from the {@code messages_id} and
 * {@code messages_en} bundles, dates ("Sabtu, 12 Desember 2026") and rupiah ("Rp 7.500") in that
 * language's format. Immutable; build one per language change.
 */
public final class Texts {
    private static final String BUNDLE = "org.pustaka.kiosk.ui.messages";

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    private Texts(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
    }

    /** The texts for {@code id} or {@code en}. */
    public static Texts of(String language) {
        if (!"id".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("language must be id or en, got " + language);
        }
        return new Texts(language);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The message under {@code key}, with {@code args} filled in. A missing key is a bug: it throws. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    public String date(LocalDate date) {
        String text = dates.format(date);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Rupiah have no minor units on screen: "Rp 7.500" in Indonesian, "Rp 7,500" in English. */
    public String money(Money money) {
        NumberFormat number = NumberFormat.getIntegerInstance(locale);
        number.setGroupingUsed(true);
        BigDecimal amount = money.amount();
        String prefix = "IDR".equals(money.currency()) ? "Rp " : money.currency() + " ";
        return prefix + number.format(amount);
    }

    /** What the visitor should do about a refusal, in this language. */
    public String refusal(Refusal refusal) {
        if (refusal.reason() == RefusalReason.OTHER && !refusal.libraryMessage().isBlank()) {
            return refusal.libraryMessage();
        }
        return get("refusal." + refusal.reason().name());
    }
}
