package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.ConfigProblem;

class ExitCodesTest {
    private final StringWriter text = new StringWriter();
    /** Buffered, so that only a flush puts the sentence where the test reads it. */
    private final PrintWriter err = new PrintWriter(new BufferedWriter(text));

    @Test
    void badInputSaysTheSentenceAtOnceAndGivesTwo() {
        int code = ExitCodes.badInput(err, "--runs must be at least 1, not 0.");

        assertThat(code).isEqualTo(2);
        assertThat(text.toString()).isEqualTo("--runs must be at least 1, not 0." + System.lineSeparator());
    }

    @Test
    void failureSaysTheSentenceAtOnceAndGivesOne() {
        int code = ExitCodes.failure(err, "The soak could not run: disk full");

        assertThat(code).isEqualTo(1);
        assertThat(text.toString().strip()).isEqualTo("The soak could not run: disk full");
    }

    @Test
    void badConfigNamesEveryKeyAtFaultOnItsOwnLine() {
        ConfigException e = new ConfigException(List.of(
                new ConfigProblem("sip2.port", "abc", "a whole number from 1 to 65535"),
                new ConfigProblem("kiosk.id", null, "the kiosk's id, such as MLG-01")));

        int code = ExitCodes.badConfig(err, e);

        assertThat(code).isEqualTo(2);
        assertThat(text.toString().lines()).containsExactly(
                "sip2.port: \"abc\" is not valid; expected a whole number from 1 to 65535",
                "kiosk.id: missing; expected the kiosk's id, such as MLG-01");
    }

    @Test
    void aCommandOfSubcommandsCalledAloneShowsItsUsageOnStderrAndGivesTwo() {
        for (String group : List.of("tag", "rfid")) {
            CliRun run = CliRun.of(group);

            assertThat(run.exit()).as(group).isEqualTo(2);
            assertThat(run.out()).as(group).isEmpty();
            assertThat(run.err()).as(group).startsWith("Usage: kiosk " + group).contains("Commands:");
        }
    }
}
