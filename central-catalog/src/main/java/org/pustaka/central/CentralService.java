package org.pustaka.central;

import java.time.Clock;
import org.flywaydb.core.api.output.MigrateResult;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.config.CentralConfig;
import org.pustaka.central.events.Events;
import org.pustaka.central.http.ApiServer;
import org.pustaka.central.kiosks.Kiosks;
import org.pustaka.central.reports.Reports;
import org.pustaka.central.store.CentralDatabase;
import org.pustaka.central.store.Tx;
import org.pustaka.central.visits.Visits;

/**
 * The composition root: builds the service's parts with {@code new} from the config and a circulation desk,
 * and starts the kiosk API. The CLI, the demo and the tests all start the service through here.
 */
public final class CentralService implements AutoCloseable {
    public static final String SYSTEM = "Pustaka central catalog (SLiMS 9)";

    private final CentralDatabase db;
    private final Kiosks kiosks;
    private final Events events;
    private final Visits visits;
    private final Reports reports;
    private final Tx tx;
    private ApiServer api;

    private CentralService(CentralConfig config, Clock clock) {
        this.db = CentralDatabase.open(config);
        this.tx = new Tx(db.dataSource());
        this.kiosks = new Kiosks(tx, clock, config.enrollmentCodeValidity());
        this.events = new Events(tx, clock, config.libraryZone());
        this.visits = new Visits(tx, clock, config.libraryZone());
        this.reports = new Reports(tx, clock);
    }

    /** Opens the database pool (not yet the API). */
    public static CentralService open(CentralConfig config, Clock clock) {
        return new CentralService(config, clock);
    }

    public MigrateResult migrate() {
        return db.migrate();
    }

    /** Starts the kiosk API on the configured host and port, over {@code desk}. */
    public ApiServer startApi(CentralConfig config, CirculationDesk desk, Clock clock) {
        ApiServer.Parts parts = new ApiServer.Parts(kiosks, reports, events, visits, desk, tx, clock,
                config.libraryZone(), SYSTEM, version());
        api = ApiServer.start(parts, config.httpHost(), config.httpPort(), config.maxBodyBytes());
        return api;
    }

    public Kiosks kiosks() {
        return kiosks;
    }

    public Events events() {
        return events;
    }

    public Visits visits() {
        return visits;
    }

    public javax.sql.DataSource dataSource() {
        return db.dataSource();
    }

    /** The circulation desk the config names; none configured: circulation answers 503. */
    public static CirculationDesk deskFor(CentralConfig config) {
        return new NoCirculationDesk();
    }

    public static String version() {
        String v = CentralService.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public void close() {
        if (api != null) {
            api.close();
        }
        db.close();
    }
}
