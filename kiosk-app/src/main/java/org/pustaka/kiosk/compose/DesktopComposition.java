package org.pustaka.kiosk.compose;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.CardScanner;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.PrinterStatus;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.StatusLights;
import org.pustaka.hardware.sim.RecordingBuzzer;
import org.pustaka.hardware.sim.RecordingReceiptPrinter;
import org.pustaka.hardware.sim.RecordingStatusLights;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.config.SimulatedParts;
import org.pustaka.kiosk.diagnostics.AuditLog;
import org.pustaka.kiosk.diagnostics.CatalogProbe;
import org.pustaka.kiosk.diagnostics.OutboxDepth;
import org.pustaka.kiosk.diagnostics.SelfTestTargets;
import org.pustaka.kiosk.diagnostics.SelfTests;
import org.pustaka.kiosk.diagnostics.TagBench;
import org.pustaka.kiosk.diagnostics.TcpCatalogProbe;
import org.pustaka.kiosk.diagnostics.TechnicianLock;
import org.pustaka.kiosk.identification.IdentifiedCards;
import org.pustaka.kiosk.library.LibraryStatus;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.receipt.ReceiptHeader;
import org.pustaka.kiosk.receipt.ReceiptTemplates;
import org.pustaka.kiosk.session.EndReason;
import org.pustaka.kiosk.session.SessionListener;
import org.pustaka.kiosk.session.VisitSummary;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.store.jdbc.JdbcAuditStore;
import org.pustaka.kiosk.store.jdbc.JdbcJournalStore;
import org.pustaka.kiosk.ui.DesktopKiosk;
import org.pustaka.kiosk.ui.KioskDevices;
import org.pustaka.kiosk.ui.Opening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pustaka.kiosk.demo.DemoCentralCatalog;
import org.pustaka.kiosk.demo.DemoDevices;
import org.pustaka.kiosk.diagnostics.DiagnosticsTools;
import org.pustaka.kiosk.health.LightsWatch;
import org.pustaka.kiosk.health.ServiceFaults;
import org.pustaka.kiosk.demo.SimDevices;
import org.pustaka.kiosk.receipt.TemplateReceiptComposer;
import org.pustaka.kiosk.health.WatchedJournalStore;

/**
 * The whole kiosk with its touchscreen, composed with {@code new} from the configuration: the
 * circulation engine, the printer, lights and buzzer (simulated, ESC/POS, Pi4J), events and visits,
 * reporting to the central catalog, and the window. {@code demo} adds the simulated devices window.
 * A visit that ends also ends the patron's session in the library system and reports the survey answer
 * and the visit's size, off the event thread. The window shows first and everything else is set up
 * behind it (see {@link #start(KioskConfig, Supplier, boolean, PrintWriter)}): a kiosk restarts after
 * every power cut, and the visitor in front of it should see the kiosk at once.
 */
public final class DesktopComposition implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopComposition.class);

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final ExecutorService afterVisit = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "after-visit");
        t.setDaemon(true);
        return t;
    });
    private DesktopKiosk window;
    private KioskEngine engine;
    private DiagnosticsTools tools;

    /** Starts everything; returns once the welcome screen takes touches. Call off the event thread. */
    public static DesktopComposition start(KioskConfig config, boolean demo) throws InterruptedException {
        return start(config, () -> config, demo, new PrintWriter(System.err, true));
    }

    /**
     * Starts everything in the order a visitor waiting after a power cut needs: first the window, with the
     * welcome screen's choices held ("Menyiapkan kios..."), and its {@code kiosk ready in N ms} line on
     * {@code terminal}; then the rest of the configuration ({@code complete}, which may be slow: the demo
     * hashes its technician PIN there), the circulation engine with the journal's recovery, the devices,
     * card readers and the central catalog; then the welcome screen takes touches. Returns then. Call off
     * the event thread.
     *
     * @param window the configuration the window needs (language, look, screen), read at once
     * @param complete the whole configuration, read once after the window shows
     */
    public static DesktopComposition start(KioskConfig window, Supplier<KioskConfig> complete, boolean demo,
                                           PrintWriter terminal) throws InterruptedException {
        DesktopComposition c = new DesktopComposition();
        try {
            Opening opening = DesktopKiosk.open(window);
            c.toClose.add(opening);
            terminal.println("kiosk ready in " + opening.readyMillis() + " ms");
            terminal.flush();
            c.open(complete.get(), demo, opening);
            return c;
        } catch (RuntimeException | InterruptedException e) {
            c.close();
            throw e;
        }
    }

    private void open(KioskConfig configured, boolean demo, Opening opening) throws InterruptedException {
        // the windowed demo without a real central catalog reports to a simulated one in this process
        DemoCentralCatalog central = demo ? DemoCentralCatalog.startFor(configured).orElse(null) : null;
        if (central != null) {
            toClose.add(central);
        }
        KioskConfig config = central != null ? central.config() : configured;
        List<String> simulated = demo ? List.of() : SimulatedParts.of(config);
        simulated.forEach(w -> LOG.warn("Simulated part in a production configuration: {}", w));
        // a reader or a database that fails puts the kiosk out of order: the journal's writes tell at once
        ServiceFaults faults = new ServiceFaults();
        engine = KioskEngine.start(config, new KioskEngine.Options(null, true,
                journal -> new WatchedJournalStore(journal, faults)));
        toClose.add(engine);
        engine.watchReader(faults.readerListener());
        ReceiptPrinter printer = printer(config);
        toClose.add(printer);
        Devices.Signals signals = Devices.signals(config.gpio());
        if (signals == null) {
            signals = new Devices.Signals(new RecordingStatusLights(), new RecordingBuzzer(), null);
        }
        toClose.add(signals);
        StatusLights lights = signals.lights();
        Buzzer buzzer = signals.buzzer();
        JdbcAuditStore storeCheck = new JdbcAuditStore(engine.database());
        LightsWatch watch = new LightsWatch(engine.library(), printer, lights, faults, () -> storeCheck.append(
                new AuditEntry(Instant.now(), "store-check", AuditEntry.Outcome.OK, "The local database takes writes again.")));
        toClose.add(watch);
        Clock clock = Clock.system(config.kiosk().zone());
        CentralCatalogClient client = CatalogReporting.clientFor(config);
        // card readers: the configured ones, and the demo's simulated scanner
        IdentifiedCards cards = KioskCards.open(config, engine, client,
                engine.devices().<CardScanner>map(SimDevices::cardScanner).stream().toList());
        toClose.add(cards);
        BookingDesks bookings = demo ? BookingDesks.forDemo(config, engine.database(), clock, client)
                : BookingDesks.forKiosk(config, engine.database(), clock, client);
        CatalogReporting reporting = CatalogReporting.start(config, client, engine.outbox(),
                () -> deviceStates(engine, printer, lights), bookings.answers());
        toClose.add(reporting);

        ReceiptTemplates templates = new ReceiptTemplates(new ReceiptHeader(config.kiosk().libraryName(),
                config.kiosk().libraryAddress(), config.kiosk().id(), config.kiosk().zone()));
        DesktopKiosk.Builder builder = DesktopKiosk.builder(config, engine.desk(),
                        new KioskDevices(printer, watch.cues(), buzzer, cards))
                .serviceNotice(faults)
                .receipts(new TemplateReceiptComposer(templates, config.kiosk().libraryName()))
                .highlights(new EventHighlights(bookings.events()))
                .bookings(bookings.events(), bookings.visits())
                .opening(opening);
        tools = technician(builder, config, engine, engine.sharedReader(), new DiagnosticsTools.Devices(printer, lights, buzzer), reporting,
                templates, clock, simulated, cards::lastReadMasked);
        if (demo && engine.devices().isPresent() && printer instanceof RecordingReceiptPrinter recording) {
            builder.simulatedDevices(new DemoDevices(engine.devices().get(), recording, central, reporting.sender()));
        }
        window = builder.start();
        toClose.add(window);
        watch.start();
        window.addSessionListener(new SessionListener() {
            @Override
            public void visitEnded(EndReason reason, VisitSummary summary) {
                afterVisit.execute(() -> {
                    summary.patron().ifPresent(p -> engine.library().endSession(PatronCredentials.withoutPin(p.patronId())));
                    if (summary.surveyScore() > 0) {
                        reporting.survey().answered(summary.surveyScore(), summary.language(),
                                summary.activity().map(Enum::name).orElse(reason.name()));
                    }
                    reporting.metrics().visitEnded(summary.transactions());
                });
            }
        });
    }

    /** Diagnostics on the touchscreen: the PIN lock and the tools, every action in the audit log. */
    private static DiagnosticsTools technician(DesktopKiosk.Builder builder, KioskConfig config, KioskEngine engine, RfidReader reader,
                                   DiagnosticsTools.Devices devices, CatalogReporting reporting,
                                   ReceiptTemplates templates, Clock clock, List<String> simulated,
                                   java.util.function.Supplier<String> lastCard) {
        AuditLog audit = new AuditLog(new JdbcAuditStore(engine.database()), clock);
        CatalogProbe catalog = config.catalog().urlIfConfigured()
                .<CatalogProbe>map(url -> new TcpCatalogProbe(url, config.catalog().connectTimeoutMillis()))
                .orElse(CatalogProbe.notConfigured());
        OutboxDepth depth = engine.outbox()::depth;
        SelfTests tests = new SelfTests(new SelfTestTargets(reader, devices.printer(), devices.lights(), devices.buzzer(),
                engine.library(), catalog, depth), audit);
        TechnicianLock lock = new TechnicianLock(config.diagnostics(), clock, audit);
        DiagnosticsTools tools = new DiagnosticsTools(tests, audit, devices, templates,
                reporting.sender(), depth, engine.desk(), config.kiosk().dataDir().resolve("logs").resolve("kiosk.log"),
                config.maskedView(), clock, new TagBench(reader, audit, config.rfid().afiOnLoan(),
                config.rfid().afiInStock(), config.rfid().ownerCountry(), config.rfid().ownerIsil()),
                max -> JdbcJournalStore.newest(engine.database(), max), simulated).lastCardFrom(lastCard);
        builder.technician(DiagnosticsTools.access(lock), tools);
        return tools;
    }

    /** The circulation engine beneath the window, for tests of the whole composition. */
    KioskEngine engine() {
        return engine;
    }

    /** The technician's tools the diagnostics screen uses, for tests of the whole composition. */
    DiagnosticsTools technicianTools() {
        return tools;
    }

    /** Waits until the window is closed (the technician's restart, or the demo's window closed). */
    public void awaitClosed() throws InterruptedException {
        window.awaitClosed();
    }

    @Override
    public void close() {
        afterVisit.shutdown();
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", toClose.get(i).getClass().getSimpleName(), e.getMessage());
            }
        }
        toClose.clear();
    }

    private static ReceiptPrinter printer(KioskConfig config) {
        try {
            ReceiptPrinter printer = Devices.printer(config.printer());
            return printer != null ? printer : withoutPaper(config);
        } catch (DeviceException e) {
            LOG.error("The receipt printer {} cannot be opened: {}. The kiosk offers no printed receipts.",
                    config.printer().device(), e.getMessage());
            return withoutPaper(config);
        }
    }

    /** A printer that says it cannot print, so the kiosk offers no printed receipt and says so. */
    private static ReceiptPrinter withoutPaper(KioskConfig config) {
        RecordingReceiptPrinter none = new RecordingReceiptPrinter(config.printer().columns());
        none.status(new PrinterStatus(false, false, false, false, false, true));
        return none;
    }

    private static List<DeviceHealth> deviceStates(KioskEngine engine, ReceiptPrinter printer, StatusLights lights) {
        LibraryStatus library = engine.library().status();
        return List.of(printer.health(), lights.health(),
                new DeviceHealth("library", library.online() ? DeviceHealth.State.OK : DeviceHealth.State.FAILED,
                        library.detail()));
    }

}
