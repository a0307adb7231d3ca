package org.pustaka.kiosk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.pustaka.kiosk.Main;
import picocli.CommandLine;

/** Runs a CLI command in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
