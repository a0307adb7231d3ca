package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class Sip2SimCommandTest {
    @TempDir
    Path dir;

    @Test
    void servesTheDemoLibraryUntilStoppedAndKeepsLoansInItsDataFile() throws Exception {
        Path data = dir.resolve("sim-loans.json");
        StringWriter out = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        Thread server = new Thread(() -> code.set(cli.execute("sip2-sim", "--port", "0", "--data", data.toString())));
        server.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> out.toString().contains("\"port\""));
            int port = Json.mapper().readTree(out.toString().lines().findFirst().orElseThrow()).get("port").asInt();

            Sip2CommandTest.Run run = Sip2CommandTest.run("", "sip2", "--port", Integer.toString(port), "checkout",
                    "2024000789", "30000108", "--pin", "1111");

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("\"title\":\"The Little Prince\"");
            assertThat(Files.readString(data)).contains("30000108");
        } finally {
            server.interrupt();
            server.join(5000);
        }
        assertThat(code.get()).isZero();
    }

    @Test
    void aBadPortIsExitTwo() {
        CommandLine cli = new CommandLine(new KioskCommand());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("sip2-sim", "--port", "70000")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--port");
    }
}
