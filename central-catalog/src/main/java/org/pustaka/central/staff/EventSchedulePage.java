package org.pustaka.central.staff;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.pustaka.central.events.EventCalendar;
import org.pustaka.central.events.EventProgramme;

/**
 * The public programme outside {@code /staff}, for the library's website and social media: an HTML page
 * ({@code /acara}, {@code ?lang=en} for English) and an iCalendar feed ({@code /acara.ics}). Needs no sign-in
 * and shows only what a poster would: titles, times, rooms, seats left; never a registrant.
 */
final class EventSchedulePage {
    static final String PAGE = "/acara";
    static final String FEED = "/acara.ics";
    /** The right-hand side of every UID: fixed, so a session keeps its UID whatever host name the feed is read by. */
    static final String UID_DOMAIN = "acara.perpustakaan-kota-malang";
    private static final Duration BEHIND = Duration.ofDays(1);
    private static final Duration AHEAD = Duration.ofDays(183);

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final EventProgramme programme;
    private final Clock clock;

    EventSchedulePage(EventProgramme programme, Clock clock) {
        this.programme = programme;
        this.clock = clock;
    }

    void page(Context ctx) throws SQLException {
        Texts t = Texts.of(ctx.queryParam("lang"));
        Instant now = clock.instant();
        StringOutput out = new StringOutput();
        engine.render("staff/events-public.jte", Map.of("t", t, "sessions", programme.between(now.minus(BEHIND),
                now.plus(AHEAD), 500).stream().map(s -> EventLine.of(s, t, programme.zone())).toList()), out);
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.html(out.toString());
    }

    void feed(Context ctx) throws SQLException {
        Instant now = clock.instant();
        String ics = EventCalendar.feed(programme.between(now.minus(AHEAD), now.plus(AHEAD), 2000), now, UID_DOMAIN,
                ctx.queryParam("lang"));
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.header("Content-Disposition", "inline; filename=\"acara.ics\"");
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.result(ics);
    }
}
