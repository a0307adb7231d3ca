package org.pustaka.central.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.pustaka.central.CentralService;
import org.pustaka.central.config.CentralConfig;
import org.pustaka.central.config.ConfigReader;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the properties file; environment variables PUSTAKA_CENTRAL_* override it. */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file (default: none, only defaults and PUSTAKA_CENTRAL_* variables)")
    Path file;

    CentralConfig load() {
        return ConfigReader.read(file, System.getenv());
    }

    /** The service of this configuration on the system clock, for a command that needs nothing else of it. */
    CentralService openService() {
        return CentralService.open(load(), Clock.systemUTC());
    }
}
