package org.pustaka.kiosk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.pustaka.kiosk.Main;
import picocli.CommandLine;

/** Runs the CLI in-process, as the launcher would (same exit codes), with captured output and error. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
