package org.pustaka.kiosk;

import org.pustaka.kiosk.cli.KioskCommand;
import org.pustaka.kiosk.cli.TouchscreenCommand;
import org.pustaka.kiosk.compose.DisplayPreload;
import picocli.CommandLine;

/**
 * Entry point. The composition of the running kiosk happens in the commands ({@code demo}, {@code run}),
 * each of which builds its adapters with {@code new} from the configuration; there is no container.
 */
public final class Main {
    /** JVM start, for the "kiosk ready in N ms" line. */
    public static final long STARTED_NANOS = System.nanoTime();

    private Main() {
    }

    public static void main(String[] args) {
        // the touchscreen's display and fonts load while picocli reads the command line
        DisplayPreload.startFor(args);
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        boolean touchscreen = args.length > 0 && (args[0].equals("run") || args[0].equals("demo"));
        return commandLine(touchscreen ? new TouchscreenCommand() : new KioskCommand()).execute(args);
    }

    /** The CLI with the contract's exit codes: 2 for bad arguments. */
    public static CommandLine commandLine() {
        return commandLine(new KioskCommand());
    }

    private static CommandLine commandLine(Object root) {
        CommandLine cli = new CommandLine(root);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for the options.");
            return 2;
        });
        return cli;
    }
}
