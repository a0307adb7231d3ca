package org.pustaka.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.Main;
import picocli.CommandLine;

/**
 * Acceptance 1 and 2 of the central catalog service: the kiosk's headless demo runs against the real service on
 * the embedded SLiMS, over HTTP and over SIP2; afterwards SQL shows the rows SLiMS itself writes (loan,
 * loan_history through its triggers, system_log). The demo folder is gone afterwards.
 */
class HeadlessDemoOnServiceTest {

    @Test
    void overHttp() throws Exception {
        runAndCheck("http");
    }

    @Test
    void overSip2() throws Exception {
        runAndCheck("sip2");
    }

    private void runAndCheck(String library) throws Exception {
        Path folder = Path.of("target", "demo-" + library);
        DemoServices.deleteTree(folder);
        try (DemoServices services = DemoServices.start(folder)) {
            Path config = folder.resolve("kiosk.properties");
            Files.writeString(config, services.kioskProperties(library, folder.resolve("kiosk")));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("demo", "--headless", "--config", config.toString(), "--data-dir",
                    folder.resolve("kiosk").toString());
            String text = err.toString();
            assertThat(code).as(text).isZero();
            String slims = services.mariaDb().jdbcUrl(DemoServices.SLIMS_DB);
            assertThat(one(slims, "SELECT COUNT(*) FROM loan WHERE item_code='30000101' AND input_date >= CURDATE()"))
                    .isEqualTo("1");
            assertThat(one(slims, "SELECT COUNT(*) FROM loan l WHERE input_date >= CURDATE() AND NOT EXISTS"
                    + " (SELECT 1 FROM loan_history h WHERE h.loan_id = l.loan_id)")).isEqualTo("0");
            assertThat(one(slims, "SELECT COUNT(*) FROM system_log WHERE log_msg LIKE '%insert new loan (30000101)%'"))
                    .isEqualTo("1");
            assertThat(one(slims, "SELECT COUNT(*) FROM loan WHERE item_code='30000107'")).isEqualTo("0");
            assertThat(one(slims, "SELECT CONCAT_WS('|', is_lent, is_return, return_date = CURDATE()) FROM loan"
                    + " WHERE item_code='30000111'")).isEqualTo("1|1|1");
            assertThat(one(slims, "SELECT renewed FROM loan WHERE item_code='30000112'")).isEqualTo("1");
            assertThat(one(slims, "SELECT COUNT(*) FROM loan_history h JOIN loan l ON l.loan_id = h.loan_id"
                    + " WHERE l.item_code='30000111' AND h.is_return = 1")).isEqualTo("1");
            assertThat(one(slims, "SELECT COUNT(*) FROM system_log WHERE log_msg LIKE '%return item 30000111 for member (2024000123)'"))
                    .isEqualTo("1");
        }
        assertThat(folder).doesNotExist();
    }

    private static String one(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
