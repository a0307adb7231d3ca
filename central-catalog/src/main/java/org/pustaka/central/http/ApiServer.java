package org.pustaka.central.http;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.ZoneId;
import org.pustaka.central.cards.Cards;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.events.Events;
import org.pustaka.central.kiosks.Kiosks;
import org.pustaka.central.reports.Reports;
import org.pustaka.central.store.Tx;
import org.pustaka.central.visits.Visits;

/**
 * The kiosk API ({@code docs/central-catalog-api.yaml}) on Javalin: every route is declared in
 * {@link #routes}; handlers parse, call the core and render; {@link ApiErrors} turns every failure into an
 * error body. Holds no state between requests, so replicas can share one database.
 */
public final class ApiServer implements AutoCloseable {
    public static final String PREFIX = "/api/v1";

    /** What the API calls: the core's features and the service's settings. */
    public record Parts(Kiosks kiosks, Reports reports, Events events, Visits visits, Cards cards, CirculationDesk desk, Tx tx,
                        Clock clock, ZoneId zone, String system, String version) {
    }

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening on {@code host:port} (port 0: a free one, see {@link #port()}). */
    public static ApiServer start(Parts p, String host, int port, long maxBodyBytes) {
        return start(p, host, port, maxBodyBytes, cfg -> { });
    }

    /** As {@link #start(Parts, String, int, long)}, with more pages ({@code more}, e.g. the staff pages) on the same server. */
    public static ApiServer start(Parts p, String host, int port, long maxBodyBytes,
                                  java.util.function.Consumer<io.javalin.config.JavalinConfig> more) {
        KioskAuth auth = new KioskAuth(p.kiosks());
        StoredAnswers answers = new StoredAnswers(p.tx(), p.clock(), p.zone());
        KioskHandlers kiosk = new KioskHandlers(p.kiosks(), p.reports(), p.clock(), p.system(), p.version());
        EventHandlers events = new EventHandlers(p.events(), answers, p.zone());
        VisitHandlers visits = new VisitHandlers(p.visits(), answers, p.zone());
        CirculationHandlers circulation = new CirculationHandlers(p.desk(), new PinChecks(p.desk(), p.clock()));
        CardHandlers cards = new CardHandlers(p.cards());
        Javalin app = Javalin.create(cfg -> {
            cfg.http.maxRequestSize = maxBodyBytes;
            cfg.http.defaultContentType = "application/json";
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = host;
            cfg.jetty.port = port;
            cfg.router.ignoreTrailingSlashes = true;
            ApiErrors.register(cfg.routes, p.zone());
            cfg.routes.before(PREFIX + "/*", ctx -> {
                if (!ctx.path().equals(PREFIX + "/kiosks/enroll")) {
                    auth.check(ctx);
                }
            });
            routes(cfg.routes, kiosk, events, visits, circulation, cards);
            more.accept(cfg);
        });
        app.start();
        return new ApiServer(app);
    }

    private static void routes(RoutesConfig r, KioskHandlers kiosk, EventHandlers events, VisitHandlers visits,
                               CirculationHandlers circulation, CardHandlers cards) {
        r.get(PREFIX + "/status", kiosk::status);
        r.post(PREFIX + "/kiosks/enroll", kiosk::enroll);
        r.post(PREFIX + "/kiosks/{kioskId}/heartbeat", kiosk::heartbeat);
        r.post(PREFIX + "/kiosks/{kioskId}/transactions", kiosk::transactions);
        r.post(PREFIX + "/kiosks/{kioskId}/survey-answers", kiosk::surveyAnswers);
        r.post(PREFIX + "/kiosks/{kioskId}/metrics", kiosk::metrics);
        r.get(PREFIX + "/events", events::list);
        r.post(PREFIX + "/events/{eventId}/registrations", events::register);
        r.delete(PREFIX + "/events/{eventId}/registrations/{registrationId}", events::cancel);
        r.get(PREFIX + "/school-visits/slots", visits::slots);
        r.post(PREFIX + "/school-visits", visits::book);
        r.get(PREFIX + "/school-visits/{confirmationCode}", visits::booking);
        r.post(PREFIX + "/circulation/patrons/authenticate", circulation::authenticate);
        r.post(PREFIX + "/circulation/patrons/account", circulation::account);
        r.post(PREFIX + "/circulation/checkout", circulation::checkout);
        r.post(PREFIX + "/circulation/checkin", circulation::checkin);
        r.post(PREFIX + "/circulation/renew", circulation::renew);
        r.post(PREFIX + "/circulation/renew-all", circulation::renewAll);
        r.get(PREFIX + "/circulation/items/{itemId}", circulation::item);
        r.get(PREFIX + "/cards/{uid}", cards::card);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
