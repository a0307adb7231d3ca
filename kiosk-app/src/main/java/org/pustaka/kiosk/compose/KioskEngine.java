package org.pustaka.kiosk.compose;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.rfid.SharedRfidReader;
import org.pustaka.hardware.rfid.TagListener;
import org.pustaka.hardware.sim.FileBackedRfidPad;
import org.pustaka.hardware.sim.SimCardScanner;
import org.pustaka.kiosk.circulation.Circulation;
import org.pustaka.kiosk.circulation.CirculationPolicy;
import org.pustaka.kiosk.circulation.RecoverySummary;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.config.OfflineSettings;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.Housekeeping;
import org.pustaka.kiosk.store.jdbc.JdbcJournalStore;
import org.pustaka.kiosk.store.jdbc.JdbcKnownPatronStore;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pustaka.kiosk.circulation.ReaderItemPad;
import org.pustaka.kiosk.demo.SimDevices;

/**
 * The circulation engine of a running kiosk, composed with {@code new} from the configuration: the local
 * store, the library system ({@code sim}: the simulated SIP2 server started in this process;
 * {@code sip2}: the configured server), the RFID pad ({@code sim}: a simulated pad; {@code feig}: the
 * reader on its serial port), and the {@link Circulation} desk over them. {@link #start} runs recovery
 * of unfinished journal entries before it returns, and a maintenance timer then replays offline work
 * and settles lost answers every few seconds, and keeps the local database small ({@link Housekeeping}). {@link #close} stops everything in reverse order.
 *
 * <p>The touchscreen takes {@link #desk()} (every call blocks: use a worker thread), and in the demo
 * {@link #devices()} for the device window.
 */
public final class KioskEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskEngine.class);

    /**
     * How to run: {@code padStateFile} keeps the simulated pad's tags (null: {@code sim-pad.state} in the
     * data directory); {@code maintenance} starts the replay/recovery timer (the crash test runs without);
     * {@code journalWrapper} may wrap the journal store (the crash test records what was committed);
     * {@code readerWrapper} and {@code libraryWrapper} may wrap the reader and the library system (the
     * stack benchmark times the devices at these ports).
     */
    public record Options(Path padStateFile, boolean maintenance, UnaryOperator<JournalStore> journalWrapper,
                          UnaryOperator<RfidReader> readerWrapper, UnaryOperator<LibrarySystem> libraryWrapper) {
        public Options {
            journalWrapper = journalWrapper == null ? UnaryOperator.identity() : journalWrapper;
            readerWrapper = readerWrapper == null ? UnaryOperator.identity() : readerWrapper;
            libraryWrapper = libraryWrapper == null ? UnaryOperator.identity() : libraryWrapper;
        }

        public Options(Path padStateFile, boolean maintenance, UnaryOperator<JournalStore> journalWrapper) {
            this(padStateFile, maintenance, journalWrapper, null, null);
        }

        public static Options defaults() {
            return new Options(null, true, null);
        }
    }

    private final KioskConfig config;
    private final Deque<AutoCloseable> toClose;
    private final Database db;
    private final LibrarySystem library;
    private final Circulation desk;
    private final SimDevices devices;
    private final RecoverySummary recovered;
    private final ReaderItemPad pad;

    private KioskEngine(KioskConfig config, Deque<AutoCloseable> toClose, Database db, LibrarySystem library,
                        Circulation desk, SimDevices devices, RecoverySummary recovered, ReaderItemPad pad) {
        this.config = config;
        this.toClose = toClose;
        this.db = db;
        this.library = library;
        this.desk = desk;
        this.devices = devices;
        this.recovered = recovered;
        this.pad = pad;
    }

    public static KioskEngine start(KioskConfig config) {
        return start(config, Options.defaults());
    }

    public static KioskEngine start(KioskConfig config, Options options) {
        Deque<AutoCloseable> toClose = new ArrayDeque<>();
        try {
            Database db = Database.open(config.kiosk().dataDir());
            JdbcJournalStore journal;
            try {
                journal = new JdbcJournalStore(db);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            toClose.push(() -> {
                db.close();
                journal.databaseClosedCleanly();
            });
            LibraryConnection connection = LibraryConnection.open(config);
            toClose.push(connection);
            SimCardScanner cards = new SimCardScanner();
            toClose.push(cards);
            RfidReader reader;
            SimDevices devices = null;
            if (config.rfid().driver().equals("sim")) {
                Path padFile = options.padStateFile() != null ? options.padStateFile()
                        : config.kiosk().dataDir().resolve("sim-pad.state");
                FileBackedRfidPad pad = FileBackedRfidPad.open(padFile);
                reader = pad;
                devices = new SimDevices(pad, cards, connection.offlineSwitch());
            } else {
                reader = Devices.feigReader(config.rfid());
            }
            reader = options.readerWrapper().apply(reader);
            toClose.push(reader);
            ReaderItemPad pad = new ReaderItemPad(reader, config.rfid().afiOnLoan(), config.rfid().afiInStock(),
                    config.rfid().writeRetries(), Duration.ofMillis(config.rfid().pollMillis()));
            toClose.push(pad);
            LibrarySystem library = options.libraryWrapper().apply(connection.library());
            Circulation desk = new Circulation(library, pad, options.journalWrapper().apply(journal),
                    new JdbcKnownPatronStore(db), policy(config), Clock.system(config.kiosk().zone()));
            RecoverySummary recovered = desk.recover();
            LOG.info("Start-up recovery: {}", recovered);
            if (options.maintenance()) {
                ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "circulation-maintenance");
                    t.setDaemon(true);
                    return t;
                });
                Housekeeping housekeeping = new Housekeeping(db, journal, new JdbcOutboxStore(db),
                        config.kiosk().keepDays(), Clock.systemUTC());
                timer.scheduleWithFixedDelay(() -> maintain(desk, housekeeping), 5, 5, TimeUnit.SECONDS);
                toClose.push(timer::shutdownNow);
            }
            return new KioskEngine(config, toClose, db, library, desk, devices, recovered, pad);
        } catch (RuntimeException e) {
            closeAll(toClose);
            throw e;
        }
    }

    /** The circulation desk the touchscreen and the headless demo use. */
    public Circulation desk() {
        return desk;
    }

    /** The simulated devices, when the pad is simulated (the demo); empty on real hardware. */
    public Optional<SimDevices> devices() {
        return Optional.ofNullable(devices);
    }

    /** Tells {@code listener} when the RFID reader stops answering and when it answers again (the lights). */
    public void watchReader(TagListener listener) {
        pad.watchReader(listener);
    }

    /** The reader for a second caller (self-tests, tag bench): each command waits for the watch's poll. */
    public RfidReader sharedReader() {
        return new SharedRfidReader(pad.access());
    }

    /** The library system itself, for diagnostics and the crash test's checks. */
    public LibrarySystem library() {
        return library;
    }

    /** The local database, for the other parts of the kiosk that keep data (events, visits, audit). */
    public Database database() {
        return db;
    }

    /** The outbox of reports for the central catalog. */
    public JdbcOutboxStore outbox() {
        return new JdbcOutboxStore(db);
    }

    /** What recovery did at start-up. */
    public RecoverySummary startupRecovery() {
        return recovered;
    }

    public KioskConfig config() {
        return config;
    }

    @Override
    public void close() {
        closeAll(toClose);
    }

    static CirculationPolicy policy(KioskConfig c) {
        OfflineSettings o = c.offline();
        return new CirculationPolicy(c.kiosk().id(), c.kiosk().zone(), c.session().pinRequired(),
                Money.rupiah(c.session().fineLimit()), o.checkoutAllowed(), o.checkinAllowed(), o.maxItemsPerPatron(),
                o.knownPatronsOnly(), o.maxQueued(), o.loanDays(), o.issueUsages(), o.returnUsages(),
                Duration.ofSeconds(o.retrySeconds()));
    }

    private static void maintain(Circulation desk, Housekeeping housekeeping) {
        try {
            desk.maintain();
        } catch (RuntimeException e) {
            LOG.warn("Circulation maintenance failed; trying again shortly: {}", e.getMessage(), e);
        }
        try {
            housekeeping.run();
        } catch (RuntimeException e) {
            LOG.warn("Keeping the local database small failed; trying again shortly: {}", e.getMessage(), e);
        }
    }

    private static void closeAll(Deque<AutoCloseable> toClose) {
        while (!toClose.isEmpty()) {
            try {
                toClose.pop().close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", e.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
