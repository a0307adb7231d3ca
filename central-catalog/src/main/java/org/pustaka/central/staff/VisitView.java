package org.pustaka.central.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pustaka.central.visits.BookingLine;

/** Dates, times, grade bands and booking stages in the page's language, for the visit templates and the CSV. */
public final class VisitView {
    private final Texts t;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter time;
    private final DateTimeFormatter shortDay;

    VisitView(Texts t, ZoneId zone) {
        this.t = t;
        this.zone = zone;
        Locale locale = Locale.forLanguageTag(t.lang());
        this.day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
        this.shortDay = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        this.time = DateTimeFormatter.ofPattern("id".equals(t.lang()) ? "HH.mm" : "HH:mm", locale);
    }

    public String day(LocalDate d) {
        return day.format(d);
    }

    public String day(Instant i) {
        return day.format(i.atZone(zone));
    }

    /** "Sel 15 Des", for table cells. */
    public String shortDay(Instant i) {
        return shortDay.format(i.atZone(zone));
    }

    public String time(Instant i) {
        return time.format(i.atZone(zone));
    }

    public String hours(Instant start, Instant end) {
        return time(start) + "–" + time(end);
    }

    /** ISO date for form fields and links. */
    public String iso(Instant i) {
        return i.atZone(zone).toLocalDate().toString();
    }

    /** The grade band's words for the kiosk's codes (SD_LOW, SMP...); anything else as the kiosk sent it. */
    public String grade(String code) {
        String key = "visits.grade." + code;
        String words = t.get(key);
        return words.equals(key) ? code : words;
    }

    public String stage(BookingLine b) {
        return t.get("visits.stage." + b.stage());
    }
}
