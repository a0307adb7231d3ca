package org.pustaka.kiosk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The root of the CLI as {@code kiosk run} and {@code kiosk demo} see it: the same name, help and version
 * options as {@link KioskCommand}, with only the two commands that open the touchscreen. Reading the
 * annotations of every other command (picocli builds their models at once) is start-up time a visitor
 * waits for after a power cut, so {@code Main} uses this root when the first argument is one of these.
 */
@Command(name = "kiosk", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = KioskVersion.class,
        description = "Pustaka Kiosk: self-service kiosk and RFID circulation station.",
        subcommands = {
            DemoCommand.class,
            RunCommand.class
        })
public final class TouchscreenCommand {
}
