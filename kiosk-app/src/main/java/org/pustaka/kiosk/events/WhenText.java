package org.pustaka.kiosk.events;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as visitors read them: "Sabtu, 5 Desember 2026 09.00" or "Saturday 5 December 2026, 09:00". */
public final class WhenText {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH.mm",
            Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private WhenText() {
    }

    public static String of(ZonedDateTime start, ZonedDateTime end, String language) {
        boolean en = "en".equals(language);
        return (en ? EN : ID).format(start) + "-" + (en ? EN_TIME : ID_TIME).format(end) + " WIB";
    }
}
