package org.pustaka.kiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.cli.KioskCommand;
import picocli.CommandLine;

class HeadlessDemoTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void theBuiltInVisitRunsEndToEnd() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = run(out, err, "demo", "--headless", "--data-dir", dir.toString());

        String text = err.toString();
        assertThat(code).as(text).isZero();
        assertThat(text).contains("borrow 30000101", "borrow 30000105", "borrow 30000102",
                "borrow 30000107", "REFUSED", "return 30000111", "renew 30000112",
                "the library connection is lost", "DONE_OFFLINE", "the library connection is back",
                "offline queue replayed: 1 sent, 0 refused", "Terima kasih", "******0123");
        assertThat(text).doesNotContain("2024000123");
        // refused: the reference book, and the three loans made in this visit, which renew-all may not renew today
        assertThat(text).contains("renew 30000112 Sejarah Kota Malang: DONE", "baru Anda pinjam hari ini");
        assertThat(out.toString().trim()).startsWith("{").contains("\"borrowed\":3", "\"refused\":4",
                "\"returned\":1", "\"renewed\":1", "\"borrowedOffline\":1", "\"replayed\":1");
    }

    @Test
    void aScenarioFileChoosesTheVisitorAndItems() throws Exception {
        Path scenario = dir.resolve("visit.properties");
        Files.writeString(scenario, "patron=2024000789\npin=1111\nborrow=30000108\nreturn=\nrenew=30000108\n"
                + "offlineBorrow=\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = run(out, err, "demo", "--headless", "--data-dir", dir.resolve("data").toString(),
                "--scenario", scenario.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("borrow 30000108", "renew 30000108", "******0789");
        // the scenario's renewal is of the book just borrowed: refused today, with the reason
        assertThat(err.toString()).contains("baru Anda pinjam hari ini");
        assertThat(out.toString()).contains("\"borrowed\":1", "\"renewed\":0", "\"refused\":1", "\"returned\":0");
    }

    @Test
    void aScenarioWithoutPatronIsBadInput() throws Exception {
        Path scenario = dir.resolve("bad.properties");
        Files.writeString(scenario, "borrow=30000101\n");
        StringWriter err = new StringWriter();

        int code = run(new StringWriter(), err, "demo", "--headless", "--data-dir", dir.toString(),
                "--scenario", scenario.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("patron");
    }
}
