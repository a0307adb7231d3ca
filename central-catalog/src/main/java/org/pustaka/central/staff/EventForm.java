package org.pustaka.central.staff;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pustaka.central.events.EventCategory;
import org.pustaka.central.events.EventSeries;
import org.pustaka.central.events.EventSession;
import org.pustaka.central.events.LibraryEvent;
import org.pustaka.central.events.SessionPlan;

/**
 * The event form's fields exactly as typed (so a refused form comes back filled in), with the checks that
 * turn them into a series' text and a session's plan. Times are the library's local time, as
 * {@code datetime-local} inputs send them ({@code 2026-12-12T09:00}); a space instead of the T is accepted.
 */
public record EventForm(String titleId, String titleEn, String descriptionId, String descriptionEn, String category,
                        String audience, String start, String end, String room, String capacity, boolean waitlist,
                        String opens, String closes) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    /** Which parts of the form a page shows and checks. */
    public enum Parts {
        ALL, TEXT, SCHEDULE;

        public boolean text() {
            return this != SCHEDULE;
        }

        public boolean schedule() {
            return this != TEXT;
        }
    }

    static EventForm read(Context ctx) {
        return new EventForm(field(ctx, "titleId"), field(ctx, "titleEn"), field(ctx, "descriptionId"),
                field(ctx, "descriptionEn"), field(ctx, "category"), field(ctx, "audience"), field(ctx, "start"),
                field(ctx, "end"), field(ctx, "room"), field(ctx, "capacity"), ctx.formParam("waitlist") != null,
                field(ctx, "opens"), field(ctx, "closes"));
    }

    static EventForm blank() {
        return new EventForm("", "", "", "", EventCategory.LITERASI_DIGITAL.code(), "Umum", "", "", "", "20", true, "", "");
    }

    static EventForm of(EventSeries s) {
        return new EventForm(s.titleId(), s.titleEn(), s.descriptionId(), s.descriptionEn(), s.category(), s.audience(),
                "", "", "", "20", true, "", "");
    }

    static EventForm of(EventSession s, ZoneId zone) {
        LibraryEvent e = s.event();
        return new EventForm(e.titleId(), e.titleEn(), e.descriptionId(), e.descriptionEn(),
                EventCategory.of(e.category()).code(), e.audience(), local(e.start(), zone), local(e.end(), zone),
                e.room(), Integer.toString(e.capacity()), e.waitlist(), local(s.registrationOpens(), zone),
                local(s.registrationCloses(), zone));
    }

    /** The problems with the parts shown, as message keys of the staff bundle; empty when the form is fine. */
    List<String> problems(Parts parts, ZoneId zone) {
        List<String> p = new ArrayList<>();
        if (parts.text()) {
            if (titleId.isEmpty()) {
                p.add("events.error.title");
            }
            if (titleId.length() > 200 || titleEn.length() > 200) {
                p.add("events.error.titleLong");
            }
            if (descriptionId.length() > 2000 || descriptionEn.length() > 2000) {
                p.add("events.error.descriptionLong");
            }
            if (!EventCategory.of(category).code().equals(category)) {
                p.add("events.error.category");
            }
            if (audience.length() > 100) {
                p.add("events.error.audienceLong");
            }
        }
        if (parts.schedule()) {
            Instant s = time(start, zone);
            Instant e = time(end, zone);
            if (s == null || e == null) {
                p.add("events.error.time");
            } else if (!e.isAfter(s)) {
                p.add("events.error.endBeforeStart");
            }
            if (room.length() > 100) {
                p.add("events.error.roomLong");
            }
            int seats = seats();
            if (seats < 1 || seats > 1000) {
                p.add("events.error.capacity");
            }
            Instant o = time(opens, zone);
            Instant c = time(closes, zone);
            if ((!opens.isEmpty() && o == null) || (!closes.isEmpty() && c == null)) {
                p.add("events.error.window");
            } else if (o != null && c != null && !c.isAfter(o)) {
                p.add("events.error.windowOrder");
            }
        }
        return p;
    }

    /** The series' text; call only when {@link #problems} is empty. */
    EventSeries series(String id) {
        return new EventSeries(id, titleId, titleEn.isEmpty() ? titleId : titleEn, descriptionId, descriptionEn,
                category, audience);
    }

    /** The session's plan; call only when {@link #problems} is empty. */
    SessionPlan plan(ZoneId zone) {
        return new SessionPlan(time(start, zone), time(end, zone), room, seats(), waitlist, time(opens, zone),
                time(closes, zone));
    }

    private int seats() {
        try {
            return Integer.parseInt(capacity);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Instant time(String value, ZoneId zone) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.replace(' ', 'T'), LOCAL).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String local(Instant t, ZoneId zone) {
        return t == null ? "" : LOCAL.format(t.atZone(zone));
    }

    private static String field(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }
}
