package org.pustaka.kiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.catalog.api.sim.SimCentralCatalog;
import org.pustaka.kiosk.Main;
import picocli.CommandLine;

/** The headless demo with circulation over the central catalog HTTP API (as for SLiMS or INLISLite). */
class HeadlessDemoOverHttpTest {
    @TempDir
    Path dir;

    @Test
    void theScenarioBorrowsReturnsAndRenewsThroughTheApi() throws Exception {
        try (SimCentralCatalog catalog = new SimCentralCatalog("kiosk-token-1", 7)) {
            URI url = catalog.start();
            Path config = dir.resolve("kiosk.properties");
            Files.writeString(config, String.join("\n",
                    "kiosk.id=MLG-HTTP",
                    "kiosk.dataDir=" + dir.resolve("data"),
                    "library.type=http",
                    "catalog.url=" + url,
                    "catalog.token=kiosk-token-1", ""));
            Path scenario = dir.resolve("visit.properties");
            Files.writeString(scenario, "patron=2024000123\npin=1234\nborrow=30000101,30000105:2,30000107\n"
                    + "return=30000101\nrenew=all\nofflineBorrow=\n");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));

            int code = cli.execute("demo", "--headless", "--config", config.toString(),
                    "--scenario", scenario.toString());

            String text = err.toString();
            assertThat(code).as(text).isZero();
            assertThat(text).contains("borrow 30000101 Laskar Pelangi: DONE", "borrow 30000107", "REFUSED",
                    "return 30000101", "renew 30000105");
            // refused: the reference book, and the renewal of 30000105, borrowed in this visit
            assertThat(out.toString()).contains("\"borrowed\":2", "\"refused\":2", "\"returned\":1");
            assertThat(catalog.data().onLoanTo("30000105", "2024000123")).isTrue();
            assertThat(catalog.data().onLoanTo("30000101", "2024000123")).isFalse();
            assertThat(text).doesNotContain("kiosk-token-1");
        }
    }
}
