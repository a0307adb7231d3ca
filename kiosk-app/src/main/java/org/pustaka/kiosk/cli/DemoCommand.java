package org.pustaka.kiosk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.demo.HeadlessDemo;
import org.pustaka.kiosk.logging.LogFiles;
import org.pustaka.kiosk.store.StoreException;
import org.pustaka.kiosk.store.jdbc.Database;
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

    @Option(names = "--config", paramLabel = "FILE", description = "Point the demo at a real library system or central catalog.")
    Path configFile;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Patron, PIN and items for the scripted visit.")
    Path scenario;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the demo keeps its data (default: a new temporary folder).")
    Path dataDir;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        KioskConfig config;
        try {
            config = configFile != null
                    ? KioskConfig.load(configFile, System.getenv())
                    : KioskConfig.demo(dataDir != null ? dataDir : Files.createTempDirectory("pustaka-demo"), System.getenv());
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println(p.describe()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        LogFiles.attach(config.kiosk().dataDir());
        try (Database db = Database.open(config.kiosk().dataDir())) {
            return new HeadlessDemo(config, err).run();
        } catch (StoreException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
