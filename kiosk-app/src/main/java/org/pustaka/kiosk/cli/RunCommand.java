package org.pustaka.kiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.config.ConfigException;
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
            e.problems().forEach(p -> err.println(p.describe()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        return NotBuiltYet.say(err, "run (kiosk " + config.kiosk().id() + ")");
    }
}
