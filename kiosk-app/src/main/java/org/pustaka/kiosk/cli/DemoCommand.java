package org.pustaka.kiosk.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.demo.DemoTotals;
import java.awt.GraphicsEnvironment;
import org.pustaka.kiosk.compose.BookingDesks;
import org.pustaka.kiosk.compose.CatalogReporting;
import org.pustaka.kiosk.compose.DesktopComposition;
import org.pustaka.kiosk.bench.WorkDir;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.demo.DemoDelivery;
import org.pustaka.kiosk.demo.HeadlessDemo;
import org.pustaka.kiosk.demo.DemoEventsScenario;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.demo.Scenario;
import org.pustaka.kiosk.logging.LogFiles;
import org.pustaka.kiosk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "The kiosk on simulated devices and a built-in library system.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--headless", description = "Run the scripted visit in the terminal instead of the touchscreen.")
    boolean headless;

    @Option(names = "--config", paramLabel = "FILE", description = "Point the demo at a real library system or central catalog (devices stay simulated).")
    Path configFile;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Patron, PIN and items for the scripted visit (see docs/demo-scenario.md).")
    Path scenarioFile;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the demo keeps its data (default: a new temporary folder).")
    Path dataDir;

    /** The folder the demo made for itself when none was given; removed when the demo ends. */
    private WorkDir temporary;

    @Override
    public Integer call() throws IOException {
        try {
            return demo();
        } finally {
            removeTemporaryFolder();
        }
    }

    private int demo() throws IOException {
        var err = spec.commandLine().getErr();
        KioskConfig config;
        Scenario scenario;
        boolean windowed = !headless && !GraphicsEnvironment.isHeadless();
        try {
            config = configFile != null ? fromFile(configFile) : KioskConfig.demo(demoDir(), System.getenv());
            scenario = scenarioFile != null ? Scenario.load(scenarioFile) : Scenario.builtIn();
        } catch (ConfigException e) {
            return ExitCodes.badConfig(err, e);
        } catch (IOException | IllegalArgumentException e) {
            return ExitCodes.badInput(err, "Cannot read the scenario " + scenarioFile + ": " + e.getMessage());
        }
        LogFiles.attach(config.kiosk().dataDir());
        if (windowed) {
            return desktop(config);
        }
        if (!headless) {
            err.println("No display here: running the scripted visit in the terminal (--headless).");
        }
        try {
            DemoTotals totals = new HeadlessDemo(config, scenario, err).run();
            int bookings;
            try (Database db = Database.open(config.kiosk().dataDir())) {
                bookings = bookings(config, db, err);
                DemoDelivery.run(config, db, BookingDesks.answers(config, db), err);
            }
            Json.print(spec.commandLine().getOut(), totals);
            return bookings == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
        } catch (StoreException | IllegalStateException | java.io.UncheckedIOException e) {
            return ExitCodes.failure(err, "The demo could not run: " + e.getMessage());
        }
    }

    /** The events and visits part, through the central catalog when the configuration names one. */
    private static int bookings(KioskConfig config, Database db, java.io.PrintWriter err) {
        CentralCatalogClient client = CatalogReporting.clientFor(config);
        try {
            return DemoEventsScenario.run(config, db, client, err);
        } finally {
            if (client != null) {
                client.close();
            }
        }
    }

    /** The touchscreen and the simulated devices window, until the kiosk window is closed. */
    private int desktop(KioskConfig config) {
        var err = spec.commandLine().getErr();
        // the technician PIN's hash takes a while (Argon2): it is made after the window shows
        DemoTechnicianPin[] technician = {new DemoTechnicianPin(System.getenv(), "")};
        Supplier<KioskConfig> complete = configFile != null ? () -> config : () -> {
            technician[0] = DemoTechnicianPin.choose(System.getenv(), new java.security.SecureRandom());
            try {
                return KioskConfig.demo(config.kiosk().dataDir(), technician[0].environment());
            } catch (ConfigException e) {
                throw new IllegalStateException("The demo's configuration with its technician PIN is not valid: "
                        + e.getMessage(), e);
            }
        };
        try (DesktopComposition kiosk = DesktopComposition.start(config, complete, true, err)) {
            err.println("The kiosk window is open, with the simulated devices window beside it."
                    + " Close the kiosk window to stop.");
            if (!technician[0].announcement().isEmpty()) {
                err.println(technician[0].announcement());
            }
            err.flush();
            kiosk.awaitClosed();
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILURE;
        } catch (StoreException | IllegalStateException | java.io.UncheckedIOException e) {
            return ExitCodes.failure(err, "The demo could not start: " + e.getMessage());
        }
    }

    private Path demoDir() throws IOException {
        if (dataDir != null) {
            return dataDir;
        }
        if (temporary == null) {
            temporary = WorkDir.create("pustaka-demo");
        }
        return temporary.path();
    }

    private void removeTemporaryFolder() throws IOException {
        if (temporary == null) {
            return;
        }
        LogFiles.detach();
        temporary.close();
        var err = spec.commandLine().getErr();
        err.println("The demo's data and log lived in " + temporary.path() + ", removed now;"
                + " give --data-dir DIR to keep them.");
        err.flush();
        temporary = null;
    }

    /** The given configuration with every device simulated: the demo never drives real hardware. */
    private KioskConfig fromFile(Path file) throws ConfigException, IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new ConfigException("--config", file.toString(), "a readable UTF-8 properties file");
        }
        p.setProperty("rfid.driver", "sim");
        p.setProperty("printer.driver", "sim");
        p.setProperty("gpio.driver", "sim");
        if (dataDir != null || p.getProperty("kiosk.dataDir") == null) {
            p.setProperty("kiosk.dataDir", demoDir().toString());
        }
        return KioskConfig.from(p, System.getenv());
    }
}
