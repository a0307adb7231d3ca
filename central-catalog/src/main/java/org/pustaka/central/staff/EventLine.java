package org.pustaka.central.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pustaka.central.events.EventCategory;
import org.pustaka.central.events.EventSession;
import org.pustaka.central.events.LibraryEvent;

/**
 * A session as the Acara pages and the public schedule print it, in the reader's language (English text falls
 * back to the Indonesian where none was given) and the library's time.
 */
public record EventLine(String id, String seriesId, String title, String description, String category, String when,
                        String room, String audience, int taken, int capacity, int waiting, boolean waitlist,
                        String window, boolean cancelled, String cancelReason) {

    static EventLine of(EventSession s, Texts t, ZoneId zone) {
        LibraryEvent e = s.event();
        boolean en = "en".equals(t.lang());
        Locale locale = Locale.forLanguageTag(t.lang());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale);
        DateTimeFormatter hour = DateTimeFormatter.ofPattern("HH:mm", locale);
        String when = day.format(e.start().atZone(zone)) + "–" + hour.format(e.end().atZone(zone));
        String window = t.get("events.window", at(s.registrationOpens(), t, zone, "events.window.now"),
                at(s.registrationCloses(), t, zone, "events.window.never"));
        String title = en && !e.titleEn().isBlank() ? e.titleEn() : e.titleId();
        String description = en && !e.descriptionEn().isBlank() ? e.descriptionEn() : e.descriptionId();
        return new EventLine(e.id(), e.series(), title, description,
                t.get("events.category." + EventCategory.of(e.category()).code()), when, e.room(), e.audience(),
                s.seatsTaken(), e.capacity(), s.waiting(), e.waitlist(), window, s.cancelled(),
                s.cancelReason() == null ? "" : s.cancelReason());
    }

    private static String at(Instant t, Texts texts, ZoneId zone, String noneKey) {
        return t == null ? texts.get(noneKey) : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
                Locale.forLanguageTag(texts.lang())).format(t.atZone(zone));
    }
}
