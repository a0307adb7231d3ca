package org.pustaka.kiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.awt.GraphicsEnvironment;
import org.pustaka.kiosk.compose.DesktopComposition;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.logging.LogFiles;
import org.pustaka.kiosk.config.KioskConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", description = "Production: devices and connections from the config file.")
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "/etc/pustaka-kiosk/kiosk.properties",
            description = "The configuration file (default: ${DEFAULT-VALUE}).")
    Path configFile;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        KioskConfig config;
        try {
            config = KioskConfig.load(configFile, System.getenv());
        } catch (ConfigException e) {
            err.println("The configuration " + configFile + " cannot be used; nothing was started:");
            return ExitCodes.badConfig(err, e);
        }
        LogFiles.attach(config.kiosk().dataDir());
        if (GraphicsEnvironment.isHeadless()) {
            return ExitCodes.failure(err, "The kiosk needs a display (the touchscreen); none is available. The kiosk"
                    + " session (cage) provides one: start it with systemctl start pustaka-kiosk.");
        }
        try (DesktopComposition kiosk = DesktopComposition.start(config, false)) {
            kiosk.awaitClosed();
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILURE;
        } catch (RuntimeException e) {
            return ExitCodes.failure(err, "The kiosk could not start: " + e.getMessage());
        }
    }
}
