package org.pustaka.kiosk.cli;

import java.io.PrintWriter;
import org.pustaka.kiosk.config.ConfigException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The CLI contract: 0 success, 1 failure, 2 bad input (with a sentence on stderr). The methods say the
 * sentence on stderr, flushed before the command returns, and give the exit code to return with it.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }

    /** Says what is wrong with the input; returns {@link #BAD_INPUT}. */
    static int badInput(PrintWriter err, String sentence) {
        return say(err, sentence, BAD_INPUT);
    }

    /** Says why the command could not do its work; returns {@link #FAILURE}. */
    static int failure(PrintWriter err, String sentence) {
        return say(err, sentence, FAILURE);
    }

    /** One line for each configuration key at fault, naming the key and the fix; returns {@link #BAD_INPUT}. */
    static int badConfig(PrintWriter err, ConfigException e) {
        e.problems().forEach(p -> err.println(p.describe()));
        err.flush();
        return BAD_INPUT;
    }

    /** A command made of subcommands, called without one: its usage on stderr; returns {@link #BAD_INPUT}. */
    static int usage(CommandSpec spec) {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    private static int say(PrintWriter err, String sentence, int code) {
        err.println(sentence);
        err.flush();
        return code;
    }
}
