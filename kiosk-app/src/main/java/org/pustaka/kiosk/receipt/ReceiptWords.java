package org.pustaka.kiosk.receipt;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.RefusalReason;

/**
 * The words and formats of one receipt language ({@code id} or {@code en}), from the
 * {@code receipt_id}/{@code receipt_en} bundles: texts, dates in the library's zone (Indonesian style
 * {@code 28 November 2026 18.05 WIB} for id), due dates and rupiah ({@code Rp 7.500} for id).
 */
final class ReceiptWords {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    ReceiptWords(String language, ZoneId zone) {
        this.locale = Locale.forLanguageTag("en".equals(language) ? "en" : "id");
        this.bundle = ResourceBundle.getBundle("org.pustaka.kiosk.receipt.receipt", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern(text("format.dateTime"), locale);
        this.date = DateTimeFormatter.ofPattern(text("format.date"), locale);
    }

    String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String refusal(RefusalReason reason) {
        return text("refusal." + reason.name());
    }

    String dateTime(Instant t) {
        return dateTime.format(t.atZone(zone)) + " " + zoneLabel();
    }

    String date(LocalDate d) {
        return date.format(d);
    }

    /** WIB, WITA, WIT for Indonesia's three zones; the zone's own short name elsewhere. */
    String zoneLabel() {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getDisplayName(java.time.format.TextStyle.SHORT, locale);
        };
    }

    /** Rupiah with the language's thousands separator: {@code Rp 7.500} (id), {@code Rp 7,500} (en). */
    String money(Money m) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(locale);
        symbols.setGroupingSeparator("en".equals(locale.getLanguage()) ? ',' : '.');
        symbols.setDecimalSeparator("en".equals(locale.getLanguage()) ? '.' : ',');
        DecimalFormat f = new DecimalFormat("#,##0.##", symbols);
        String amount = f.format(m.amount());
        return "IDR".equals(m.currency()) ? "Rp " + amount : m.currency() + " " + amount;
    }
}
