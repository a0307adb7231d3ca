package org.pustaka.central;

import java.time.Clock;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.pustaka.central.backend.slims.SlimsBackend;
import org.pustaka.central.cards.Cards;
import org.pustaka.central.circulation.CirculationCore;
import org.pustaka.central.circulation.DeskOptions;
import org.pustaka.central.config.SlimsSettings;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.config.CentralConfig;
import org.pustaka.central.events.Events;
import org.pustaka.central.http.ApiServer;
import org.pustaka.central.kiosks.Kiosks;
import org.pustaka.central.reports.Reports;
import org.pustaka.central.backend.slims.SlimsLoanStatistics;
import org.pustaka.central.backend.slims.SlimsStaffDirectory;
import org.pustaka.central.staff.StaffDirectory;
import org.pustaka.central.staff.StaffPages;
import org.pustaka.central.staff.StatisticsLoans;
import org.pustaka.central.sip2.Sip2Server;
import org.pustaka.central.sip2.Sip2Settings;
import org.pustaka.central.sip2.Terminals;
import org.pustaka.central.store.CentralDatabase;
import org.pustaka.central.store.LedgerRetention;
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
    private final Cards cards;
    private final Reports reports;
    private final Tx tx;
    private final Terminals terminals;
    private ApiServer api;
    private Sip2Server sip2;
    private HikariDataSource slimsPool;
    private LedgerRetention retention;
    private StaffPages staffPages;
    private String slimsStaffUser;

    private CentralService(CentralConfig config, Clock clock) {
        this.db = CentralDatabase.open(config);
        this.tx = new Tx(db.dataSource());
        this.kiosks = new Kiosks(tx, clock, config.enrollmentCodeValidity());
        this.events = new Events(tx, clock, config.libraryZone());
        this.visits = new Visits(tx, clock, config.libraryZone());
        this.cards = new Cards(tx, clock);
        this.reports = new Reports(tx, clock);
        this.terminals = new Terminals(db.dataSource(), clock);
    }

    /** Opens the database pool (not yet the API). */
    public static CentralService open(CentralConfig config, Clock clock) {
        return new CentralService(config, clock);
    }

    public MigrateResult migrate() {
        return db.migrate();
    }

    /**
     * Starts the kiosk API with circulation over the SLiMS database the config names, or without circulation
     * (503) when it names none. Fails with a sentence when SLiMS does not answer or lacks the staff user.
     */
    public ApiServer startApi(CentralConfig config, Clock clock) {
        SlimsSettings s = config.slims();
        if (s == null) {
            return startApi(config, new NoCirculationDesk(), clock);
        }
        slimsStaffUser = s.staffUser();
        slimsPool = CentralDatabase.pool("slims", s.url(), s.user(), s.password(), s.poolSize(), config.dbConnectTimeout());
        CirculationDesk desk = new CirculationCore(SlimsBackend.connect(slimsPool, s.staffUser()), db.dataSource(),
                new DeskOptions(s.pinRequired(), s.lockWait(), "IDR"), clock);
        ApiServer started = startApi(config, desk, clock);
        Sip2Settings.from(config.raw()).ifPresent(settings -> startSip2(config, settings, desk, clock));
        return started;
    }

    /** Starts the SIP2 server over {@code desk}, the same core the kiosk API uses. */
    public Sip2Server startSip2(CentralConfig config, Sip2Settings settings, CirculationDesk desk, Clock clock) {
        sip2 = Sip2Server.start(settings, desk, terminals, clock, config.libraryZone(), SYSTEM);
        return sip2;
    }

    /** The SIP2 server, when {@code sip2.port} is configured and circulation started. */
    public java.util.Optional<Sip2Server> sip2() {
        return java.util.Optional.ofNullable(sip2);
    }

    public Terminals terminals() {
        return terminals;
    }

    /** The SLiMS database's pool, when circulation is configured and the API started. */
    public java.util.Optional<DataSource> slimsDataSource() {
        return java.util.Optional.ofNullable(slimsPool);
    }

    /** Starts the kiosk API on the configured host and port, over {@code desk}. */
    public ApiServer startApi(CentralConfig config, CirculationDesk desk, Clock clock) {
        ApiServer.Parts parts = new ApiServer.Parts(kiosks, reports, events, visits, cards, desk, tx, clock,
                config.libraryZone(), SYSTEM, version());
        StaffPages staff = new StaffPages(slimsPool == null ? StaffDirectory.NONE : new SlimsStaffDirectory(slimsPool),
                kiosks, tx, clock, config.libraryZone(), Boolean.parseBoolean(config.raw().getOrDefault("staff.secureCookie", "false")),
                slimsPool == null ? StatisticsLoans.NONE : new SlimsLoanStatistics(slimsPool, config.slims().staffUser()));
        staffPages = staff;
        api = ApiServer.start(parts, config.httpHost(), config.httpPort(), config.maxBodyBytes(), staff::install);
        retention = new LedgerRetention(tx, clock, config.ledgerRetention()).every(java.time.Duration.ofHours(1));
        return api;
    }

    /** The SLiMS staff user the service writes loans as, when circulation is configured. */
    public String slimsStaffUser() {
        return slimsStaffUser;
    }

    /** The staff pages' GET paths, once the API started (the page bench requests each). */
    public java.util.List<String> staffPages() {
        return staffPages == null ? java.util.List.of() : staffPages.pages();
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

    public Cards cards() {
        return cards;
    }

    public DataSource dataSource() {
        return db.dataSource();
    }

    public static String version() {
        String v = CentralService.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public void close() {
        if (retention != null) {
            retention.close();
        }
        if (sip2 != null) {
            sip2.close();
        }
        if (api != null) {
            api.close();
        }
        if (slimsPool != null) {
            slimsPool.close();
        }
        db.close();
    }
}
