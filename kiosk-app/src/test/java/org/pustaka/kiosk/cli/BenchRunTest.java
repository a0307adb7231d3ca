package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

class BenchRunTest {
    @Command(name = "probe")
    static final class Probe {
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CommandSpec spec = new CommandLine(new Probe())
            .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).getCommandSpec();
    private final AtomicReference<Path> used = new AtomicReference<>();

    @Test
    void printsTheReportAsOneJsonLineAndRemovesTheWorkFolder() {
        int code = BenchRun.inWorkDir(spec, "pustaka-benchrun", "The probe", dir -> {
            used.set(dir);
            Files.writeString(Files.createDirectories(dir.resolve("db")).resolve("kiosk.mv.db"), "data");
            return Map.of("rounds", 3);
        });

        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"rounds\":3}");
        assertThat(used.get().getFileName().toString()).startsWith("pustaka-benchrun");
        assertThat(used.get()).doesNotExist();
    }

    @Test
    void aRunThatCannotWriteIsAFailureNamingTheBenchmark() {
        int code = BenchRun.inWorkDir(spec, "pustaka-benchrun", "The probe", dir -> {
            used.set(dir);
            throw new IOException("No space left on device");
        });

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("The probe could not run: No space left on device");
        assertThat(out.toString()).isEmpty();
        assertThat(used.get()).doesNotExist();
    }

    @Test
    void aConfigurationProblemIsBadInputNamingTheKey() {
        int code = BenchRun.inWorkDir(spec, "pustaka-benchrun", "The probe", dir -> {
            throw new ConfigException("sip2.host", "", "the SIP2 server's host name");
        });

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("sip2.host: \"\" is not valid; expected the SIP2 server's host name");
    }

    @Test
    void anInterruptedRunFailsAndKeepsTheInterrupt() {
        int code = BenchRun.inWorkDir(spec, "pustaka-benchrun", "The probe", dir -> {
            throw new InterruptedException();
        });

        assertThat(code).isEqualTo(1);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void otherUncheckedExceptionsReachTheCommandAfterTheFolderIsRemoved() {
        assertThatThrownBy(() -> BenchRun.inWorkDir(spec, "pustaka-benchrun", "The probe", dir -> {
            used.set(dir);
            throw new IllegalArgumentException("--items 40 is more than the 12 items of the demo library");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(used.get()).doesNotExist();
        assertThat(err.toString()).isEmpty();
    }
}
