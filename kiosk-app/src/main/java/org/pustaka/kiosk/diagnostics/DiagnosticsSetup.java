package org.pustaka.kiosk.diagnostics;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.StatusLights;
import org.pustaka.hardware.gpio.pi4j.Pi4jBoard;
import org.pustaka.hardware.printer.escpos.EscPosReceiptPrinter;
import org.pustaka.hardware.sim.RecordingBuzzer;
import org.pustaka.hardware.sim.RecordingReceiptPrinter;
import org.pustaka.hardware.sim.RecordingStatusLights;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.store.AuditStore;
import org.pustaka.kiosk.store.StoreException;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcAuditStore;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;

/**
 * Builds what {@code kiosk diagnose} tests: simulators (optionally with the printer out of paper or the
 * library system down), or the devices and connections of a configuration. A device that cannot be
 * opened becomes a stand-in whose check fails with the reason, so one bad device never hides the
 * others. {@link #close()} releases everything opened here.
 */
public final class DiagnosticsSetup implements AutoCloseable {
    private final List<AutoCloseable> opened = new ArrayList<>();
    private SelfTestTargets targets;
    private AuditLog audit;

    private DiagnosticsSetup() {
    }

    public static DiagnosticsSetup simulated(Path dataDir, boolean printerOutOfPaper, boolean libraryDown) {
        DiagnosticsSetup s = new DiagnosticsSetup();
        RecordingReceiptPrinter printer = new RecordingReceiptPrinter(48);
        printer.paperOut(printerOutOfPaper);
        OutboxDepth outbox = s.openStore(dataDir);
        s.targets = new SelfTestTargets(new SimRfidPad(), printer, new RecordingStatusLights(), new RecordingBuzzer(),
                s.keep(library(null, libraryDown)), CatalogProbe.notConfigured(), outbox);
        return s;
    }

    public static DiagnosticsSetup fromConfig(KioskConfig config, boolean printerOutOfPaper, boolean libraryDown) {
        DiagnosticsSetup s = new DiagnosticsSetup();
        OutboxDepth outbox = s.openStore(config.kiosk().dataDir());
        ReceiptPrinter printer = s.printer(config);
        if (printer instanceof RecordingReceiptPrinter sim) {
            sim.paperOut(printerOutOfPaper);
        }
        StatusLights lights = null;
        Buzzer buzzer = null;
        switch (config.gpio().driver()) {
            case "sim" -> {
                lights = new RecordingStatusLights();
                buzzer = new RecordingBuzzer();
            }
            case "pi4j" -> {
                try {
                    Pi4jBoard board = s.keep(Pi4jBoard.gpiod());
                    lights = s.keep(board.lights(config.gpio().greenPin(), config.gpio().amberPin(),
                            config.gpio().redPin()));
                    buzzer = s.keep(board.buzzer(config.gpio().buzzerPin()));
                } catch (RuntimeException e) {
                    lights = StandInDevices.failedLights("GPIO cannot be opened: " + e.getMessage());
                }
            }
            default -> {
                // gpio.driver=none: no lights, no buzzer
            }
        }
        CatalogProbe catalog = config.catalog().urlIfConfigured()
                .<CatalogProbe>map(url -> new TcpCatalogProbe(url, config.catalog().connectTimeoutMillis()))
                .orElse(CatalogProbe.notConfigured());
        s.targets = new SelfTestTargets(s.rfid(config), printer, lights, buzzer,
                s.keep(library(config, libraryDown)), catalog, outbox);
        return s;
    }

    /**
     * The library system to check. The in-process stand-in answers for {@code sim} (and without a
     * configuration); this is the one place to switch to the simulated SIP2 server and to the SIP2 and
     * HTTP adapters as they join the build.
     */
    static LibrarySystem library(KioskConfig config, boolean down) {
        String type = config == null ? "sim" : config.library().type();
        if (!"sim".equals(type)) {
            return StandInLibrarySystem.unavailable("library.type=" + type
                    + " needs its adapter, which this build of diagnostics does not include yet");
        }
        StandInLibrarySystem library = StandInLibrarySystem.answering();
        library.down(down);
        return library;
    }

    private RfidReader rfid(KioskConfig config) {
        if ("sim".equals(config.rfid().driver())) {
            return new SimRfidPad();
        }
        return StandInDevices.failedReader("rfid.driver=" + config.rfid().driver()
                + " needs its reader driver, which this build of diagnostics does not include yet");
    }

    private ReceiptPrinter printer(KioskConfig config) {
        return switch (config.printer().driver()) {
            case "sim" -> new RecordingReceiptPrinter(config.printer().columns());
            case "escpos" -> {
                try {
                    yield keep(EscPosReceiptPrinter.openDevice(Path.of(config.printer().device()),
                            config.printer().columns(), config.printer().bidirectional()));
                } catch (DeviceException e) {
                    yield StandInDevices.failedPrinter(e.getMessage());
                }
            }
            default -> null;
        };
    }

    private OutboxDepth openStore(Path dataDir) {
        try {
            Database db = keep(Database.open(dataDir));
            audit = new AuditLog(new JdbcAuditStore(db), Clock.systemUTC());
            return new JdbcOutboxStore(db)::depth;
        } catch (StoreException e) {
            audit = new AuditLog(unavailableStore(e), Clock.systemUTC());
            return () -> {
                throw e;
            };
        }
    }

    private static AuditStore unavailableStore(StoreException e) {
        return new AuditStore() {
            @Override
            public void append(AuditEntry entry) {
                throw e;
            }

            @Override
            public List<AuditEntry> latest(int max) {
                throw e;
            }
        };
    }

    private <T> T keep(T resource) {
        if (resource instanceof AutoCloseable c) {
            opened.add(0, c);
        }
        return resource;
    }

    public SelfTestTargets targets() {
        return targets;
    }

    public AuditLog audit() {
        return audit;
    }

    @Override
    public void close() {
        for (AutoCloseable c : opened) {
            try {
                c.close();
            } catch (Exception e) {
                // closing at exit: nothing useful to do with a failure here
            }
        }
        opened.clear();
    }
}
