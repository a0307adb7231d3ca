package org.pustaka.kiosk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The root of the CLI; each command lives in its own class. */
@Command(name = "kiosk", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = KioskVersion.class,
        description = "Pustaka Kiosk: self-service kiosk and RFID circulation station.",
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            Sip2Command.class,
            Sip2SimCommand.class,
            TagCommand.class,
            RfidCommand.class,
            ReceiptCommand.class,
            DiagnoseCommand.class,
            BenchCommand.class,
            EnrollCommand.class,
            CatalogSimCommand.class
        })
public final class KioskCommand {
}
