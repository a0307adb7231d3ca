package org.pustaka.central.cli;

import java.nio.file.Path;
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
}
