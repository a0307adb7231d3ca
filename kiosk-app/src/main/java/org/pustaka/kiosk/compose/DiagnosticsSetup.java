package org.pustaka.kiosk.compose;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.pustaka.hardware.api.Buzzer;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.ReceiptPrinter;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.StatusLights;
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
import org.pustaka.kiosk.diagnostics.AuditLog;
import org.pustaka.kiosk.diagnostics.CatalogProbe;
import org.pustaka.kiosk.diagnostics.OutboxDepth;
import org.pustaka.kiosk.diagnostics.SelfTestTargets;
import org.pustaka.kiosk.diagnostics.StandInDevices;
import org.pustaka.kiosk.diagnostics.StandInLibrarySystem;
import org.pustaka.kiosk.diagnostics.TcpCatalogProbe;

/**
 * Builds what {@code kiosk diagnose} tests: simulators (optionally with the printer out of paper or the
 * library system down), or the devices and connections of a configuration, chosen as the kiosk itself
 * chooses them ({@link Devices}, {@link LibraryConnection}): the FEIG driver, the SIP2 or HTTP adapter.
 * A device that cannot be opened becomes a stand-in whose check fails with the reason, so one bad
 * device never hides the others. {@link #close()} releases everything opened here.
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
                s.library(null, libraryDown), CatalogProbe.notConfigured(), outbox);
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
        try {
            Devices.Signals signals = s.keep(Devices.signals(config.gpio()));
            if (signals != null) {
                lights = signals.lights();
                buzzer = signals.buzzer();
            }
        } catch (RuntimeException e) {
            lights = StandInDevices.failedLights("GPIO cannot be opened: " + e.getMessage());
        }
        CatalogProbe catalog = config.catalog().urlIfConfigured()
                .<CatalogProbe>map(url -> new TcpCatalogProbe(url, config.catalog().connectTimeoutMillis()))
                .orElse(CatalogProbe.notConfigured());
        s.targets = new SelfTestTargets(s.rfid(config), printer, lights, buzzer, s.library(config, libraryDown),
                catalog, outbox);
        return s;
    }

    /**
     * Without a configuration, the in-process stand-in (which {@code down} breaks on purpose); with one,
     * the adapter the kiosk itself runs ({@link LibraryConnection}), so the check talks to the real server.
     */
    private LibrarySystem library(KioskConfig config, boolean down) {
        if (config == null) {
            StandInLibrarySystem library = keep(StandInLibrarySystem.answering());
            library.down(down);
            return library;
        }
        try {
            LibraryConnection connection = keep(LibraryConnection.open(config));
            if (down && connection.offlineSwitch() != null) {
                connection.offlineSwitch().accept(true);
            }
            return connection.library();
        } catch (RuntimeException e) {
            return StandInLibrarySystem.unavailable(e.getMessage());
        }
    }

    private RfidReader rfid(KioskConfig config) {
        if ("sim".equals(config.rfid().driver())) {
            return new SimRfidPad();
        }
        return keep(Devices.feigReader(config.rfid()));
    }

    private ReceiptPrinter printer(KioskConfig config) {
        try {
            return keep(Devices.printer(config.printer()));
        } catch (DeviceException e) {
            return StandInDevices.failedPrinter(e.getMessage());
        }
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
