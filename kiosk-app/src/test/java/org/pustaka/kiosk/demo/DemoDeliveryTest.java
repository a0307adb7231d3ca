package org.pustaka.kiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.catalog.api.sim.SimCentralCatalog;
import org.pustaka.kiosk.Main;
import org.pustaka.kiosk.store.jdbc.Database;
import picocli.CommandLine;

/**
 * A demo run against a central catalog that answers 503 to part of the requests and drops the
 * connection after processing others still delivers every transaction of the visit exactly once.
 */
class DemoDeliveryTest {
    @TempDir
    Path dir;

    @Test
    void everyTransactionOfTheDemoArrivesOnceDespite503AndDroppedConnections() throws Exception {
        try (SimCentralCatalog catalog = new SimCentralCatalog("kiosk-token-2", 11)) {
            URI url = catalog.start();
            catalog.failShare(0.3);
            catalog.dropShare(0.2);
            Path data = dir.resolve("data");
            Path config = dir.resolve("kiosk.properties");
            Files.writeString(config, String.join("\n", "kiosk.id=MLG-DEMO", "kiosk.dataDir=" + data,
                    "library.type=sim", "catalog.url=" + url, "catalog.token=kiosk-token-2",
                    "catalog.retryBaseMillis=5", ""));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));

            int code = cli.execute("demo", "--headless", "--config", config.toString());

            assertThat(code).as(err.toString()).isZero();
            assertThat(err.toString()).contains("reports delivered to the central catalog").contains("0 still waiting");
            Set<UUID> sent = new HashSet<>();
            try (Database db = Database.open(data); Connection c = db.connection();
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT id, state, last_error, payload FROM outbox WHERE kind = 'transaction'")) {
                while (rs.next()) {
                    assertThat(rs.getString(2)).as(rs.getString(3) + " " + rs.getString(4)).isEqualTo("SENT");
                    sent.add(rs.getObject(1, UUID.class));
                }
            }
            assertThat(sent).hasSizeGreaterThanOrEqualTo(8);
            assertThat(catalog.data().storedIds("transactions")).containsExactlyInAnyOrderElementsOf(sent);
            assertThat(err.toString()).doesNotContain("kiosk-token-2");
        }
    }
}
