package org.pustaka.central.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The public programme as an iCalendar feed (RFC 5545): CRLF line ends, content lines folded at 75 octets
 * without splitting a UTF-8 character (§3.1), TEXT values escaped (§3.3.11), one VEVENT per session with a UID
 * stable across feeds, DTSTAMP and times in UTC. Cancelled sessions stay in the feed with STATUS:CANCELLED so
 * calendars that subscribed drop them. Carries no registrant data.
 */
public final class EventCalendar {
    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private EventCalendar() {
    }

    /** The feed for {@code sessions} in {@code lang} ("en" or Bahasa Indonesia); UIDs end in {@code @domain}. */
    public static String feed(List<EventSession> sessions, Instant stamp, String domain, String lang) {
        boolean en = "en".equals(lang);
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Perpustakaan Kota Malang//Pustaka Kiosk//" + (en ? "EN" : "ID"));
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        line(b, "X-WR-CALNAME:" + text(en ? "Perpustakaan Kota Malang events" : "Acara Perpustakaan Kota Malang"));
        for (EventSession s : sessions) {
            LibraryEvent e = s.event();
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + e.id() + "@" + domain);
            line(b, "DTSTAMP:" + UTC.format(stamp));
            line(b, "DTSTART:" + UTC.format(e.start()));
            line(b, "DTEND:" + UTC.format(e.end()));
            line(b, "SUMMARY:" + text(en && !e.titleEn().isBlank() ? e.titleEn() : e.titleId()));
            String description = en && !e.descriptionEn().isBlank() ? e.descriptionEn() : e.descriptionId();
            if (!description.isEmpty()) {
                line(b, "DESCRIPTION:" + text(description));
            }
            if (!e.room().isEmpty()) {
                line(b, "LOCATION:" + text(e.room()));
            }
            line(b, "CATEGORIES:" + text(EventCategory.of(e.category()).code()));
            line(b, "STATUS:" + (s.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** One content line, folded: no line longer than 75 octets, continuation lines start with a space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }

    private static void line(StringBuilder b, String contentLine) {
        b.append(fold(contentLine));
    }
}
