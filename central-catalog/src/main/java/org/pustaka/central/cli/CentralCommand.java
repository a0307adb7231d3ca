package org.pustaka.central.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The root of the service's CLI; each command lives in its own class. */
@Command(name = "pustaka-central", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Pustaka central catalog service: the kiosks' HTTP API beside the library's SLiMS.",
        subcommands = {ServeCommand.class, MigrateCommand.class, EnrollCodeCommand.class, CheckCommand.class,
            BenchCommand.class, Sip2TerminalCommand.class, CardCommand.class})
public final class CentralCommand {
}
