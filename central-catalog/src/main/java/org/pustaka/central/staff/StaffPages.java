package org.pustaka.central.staff;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pustaka.central.events.EventProgramme;
import org.pustaka.central.events.Events;
import org.pustaka.central.kiosks.Kiosks;
import org.pustaka.central.store.Tx;
import org.pustaka.central.visits.Visits;

/**
 * The staff pages under {@code /staff}, added to the kiosk API's Javalin server: every route is declared in
 * {@link #routes} through {@link ErrorPages}, which guards each handler (staff 404 and 500 pages) and keeps the
 * list of GET pages for the page bench. A filter signs each request in from its session cookie and refuses every
 * POST whose {@code _csrf} field does not match the session's token. The public event schedule ({@code /acara},
 * {@code /acara.ics}) is added here too, outside the prefix, so the filter never asks it for a sign-in. Holds no
 * state between requests.
 */
public final class StaffPages {
    public static final String PREFIX = "/staff";

    private final StaffSessions sessions;
    private final Cookies cookies;
    private final Views views = new Views();
    private final LoginHandlers login;
    private final DashboardHandler dashboard;
    private final FleetHandlers fleet;
    private final EventPages eventPages;
    private final EventSchedulePage schedule;
    private final VisitPages visitPages;
    private final SurveyPage surveyPage;
    private final StatisticsHandlers statistics;
    private ErrorPages declared;

    public StaffPages(StaffDirectory directory, Kiosks kiosks, Tx tx, Clock clock, ZoneId zone, boolean secureCookies) {
        this(directory, kiosks, tx, clock, zone, secureCookies, StatisticsLoans.NONE);
    }

    /** As above, with Statistik's loans by collection and member type read from the library system. */
    public StaffPages(StaffDirectory directory, Kiosks kiosks, Tx tx, Clock clock, ZoneId zone, boolean secureCookies,
                      StatisticsLoans loans) {
        this.sessions = new StaffSessions(tx, clock);
        this.cookies = new Cookies(secureCookies);
        this.login = new LoginHandlers(directory, new StaffRoles(tx), sessions, new LoginLimiter(tx, clock), cookies, views);
        Dashboard figures = new Dashboard(tx, clock, zone);
        this.dashboard = new DashboardHandler(figures, views);
        this.fleet = new FleetHandlers(kiosks, figures, views);
        EventProgramme programme = new EventProgramme(tx, clock, zone);
        this.eventPages = new EventPages(programme, new Events(tx, clock, zone), views);
        this.schedule = new EventSchedulePage(programme, clock);
        this.visitPages = new VisitPages(new Visits(tx, clock, zone), views, clock);
        this.surveyPage = new SurveyPage(new SurveyFigures(tx, zone), views, clock, zone);
        this.statistics = new StatisticsHandlers(new Statistics(tx, zone, loans), clock, views);
    }

    /** Adds the webjars (htmx, Chart.js), the filter, the error pages and the routes to {@code cfg}. */
    public void install(JavalinConfig cfg) {
        cfg.staticFiles.enableWebjars();
        cfg.staticFiles.add(s -> {
            s.hostedPath = PREFIX + "/assets";
            s.directory = "/staff/assets";
            s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
        });
        cfg.routes.before(PREFIX + "/*", this::filter);
        cfg.routes.exception(StaffRefusal.class, (e, ctx) -> {
            ctx.status(e.status());
            views.render(ctx, "error", Views.page(ctx, "error.title", ""), Map.of("message", e.getMessage(), "reference", ""));
        });
        declared = new ErrorPages(cfg.routes, views);
        routes(declared);
    }

    /** The GET pages declared in {@link #routes}, once installed (the page bench requests each). */
    public List<String> pages() {
        return declared == null ? List.of() : declared.pages();
    }

    private void routes(ErrorPages r) {
        r.get(PREFIX, ctx -> ctx.redirect(PREFIX + "/beranda", HttpStatus.SEE_OTHER));
        r.get(PREFIX + "/login", login::form);
        r.post(PREFIX + "/login", login::login);
        r.post(PREFIX + "/logout", login::logout);
        r.get(PREFIX + "/beranda", dashboard::page);
        r.get(PREFIX + "/beranda/ringkasan", dashboard::fragment);
        r.get(PREFIX + "/kios", fleet::page);
        r.post(PREFIX + "/kios/kode", fleet::createCode);
        r.post(PREFIX + "/kios/{kioskId}/cabut", fleet::revoke);
        r.get(VisitPages.PATH, visitPages::page);
        r.get(VisitPages.PATH + "/hari", visitPages::day);
        r.get(VisitPages.PATH + "/csv", visitPages::csv);
        r.post(VisitPages.PATH + "/semester", visitPages::addTerm);
        r.post(VisitPages.PATH + "/jadwal", visitPages::addSlot);
        r.post(VisitPages.PATH + "/pemesanan/{bookingId}/konfirmasi", visitPages::confirm);
        r.post(VisitPages.PATH + "/pemesanan/{bookingId}/batal", visitPages::cancel);
        r.get(PREFIX + "/survei", surveyPage::page);
        r.get(PREFIX + "/statistik", statistics::page);
        r.get(PREFIX + "/statistik/ringkasan", statistics::summary);
        r.get(PREFIX + "/statistik/ringkasan.csv", statistics::summaryCsv);
        r.get(PREFIX + "/statistik/judul.csv", statistics::titlesCsv);
        eventRoutes(r);
    }

    /** Acara for staff, and the public schedule outside {@code /staff} (so the filter never sees it). */
    private void eventRoutes(ErrorPages r) {
        String a = EventPages.PATH;
        r.get(a, eventPages::list);
        r.get(a + "/baru", eventPages::newForm);
        r.post(a, eventPages::create);
        r.get(a + "/seri/{seriesId}", eventPages::series);
        r.post(a + "/seri/{seriesId}", eventPages::updateSeries);
        r.get(a + "/seri/{seriesId}/sesi-baru", eventPages::newSessionForm);
        r.post(a + "/seri/{seriesId}/sesi", eventPages::addSession);
        r.get(a + "/{eventId}", eventPages::session);
        r.get(a + "/{eventId}/ubah", eventPages::editForm);
        r.post(a + "/{eventId}", eventPages::update);
        r.post(a + "/{eventId}/batal", eventPages::cancelSession);
        r.get(a + "/{eventId}/pendaftaran.csv", eventPages::csv);
        r.post(a + "/{eventId}/pendaftaran/{registrationId}/batal", eventPages::cancelRegistration);
        r.post(a + "/{eventId}/pendaftaran/{registrationId}/kehadiran", eventPages::attendance);
        r.get(EventSchedulePage.PAGE, schedule::page);
        r.get(EventSchedulePage.FEED, schedule::feed);
    }

    private void filter(Context ctx) throws SQLException {
        String lang = ctx.queryParam("lang");
        if ("id".equals(lang) || "en".equals(lang)) {
            cookies.set(ctx, Cookies.LANG, lang, 365L * 24 * 3600);
            ctx.redirect(Views.here(ctx), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.path().equals(PREFIX + "/login") || ctx.path().startsWith(PREFIX + "/assets/")) {
            return;
        }
        Optional<StaffSession> session = sessions.find(ctx.cookie(Cookies.SESSION));
        if (session.isEmpty()) {
            if (ctx.method().name().equals("GET")) {
                ctx.redirect(PREFIX + "/login", HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
                return;
            }
            throw new StaffRefusal(401, "error.signedOut");
        }
        ctx.attribute(Views.STAFF, session.get());
        if (!ctx.method().name().equals("GET") && !LoginHandlers.same(session.get().csrf(), ctx.formParam("_csrf"))) {
            throw new StaffRefusal(403, "error.csrf");
        }
    }
}
