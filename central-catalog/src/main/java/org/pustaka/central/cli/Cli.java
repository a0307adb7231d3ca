package org.pustaka.central.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import org.pustaka.central.config.ConfigException;
import org.pustaka.central.refusal.Refused;
import picocli.CommandLine;

/**
 * The CLI contract shared with the kiosk: one JSON object per line on stdout for data, human text on stderr,
 * exit 0 on success, 2 on bad input (with a sentence that says what is wrong), 1 on other failure.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with its standard output and error on the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new CentralCommand()).setOut(out).setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter errors = line.getErr();
            if (e instanceof ConfigException || (e instanceof Refused r && r.kind() == Refused.Kind.INVALID)) {
                errors.println(e.getMessage());
                return BAD_INPUT;
            }
            errors.println("Failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            org.slf4j.LoggerFactory.getLogger(Cli.class).debug("command failed", e);
            return FAILURE;
        });
        return cl.execute(args);
    }

    /** Prints one JSON line on stdout. */
    static void print(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }
}
