package org.pustaka.central.bench;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.central.cli.Cli;
import org.pustaka.embedded.EmbeddedMariaDb;
import org.pustaka.embedded.SlimsDatabase;

/**
 * {@code central-catalog bench} on the embedded MariaDB: the Malang demo SLiMS database plus one member (PIN
 * 1234) per simulated kiosk and three books each, then the CLI's bench command with its defaults (20 kiosks).
 * Prints the figures and keeps them in {@code target/bench-embedded.json}; asserts only that loans were made
 * and nothing failed (timings are measured, never asserted). Run:
 * {@code mvn -B -q -pl central-catalog -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BenchOnEmbeddedIT}
 * (add {@code -Dbench.pin=false} for a card-only library; its figures go to {@code target/bench-embedded-nopin.json})
 */
class BenchOnEmbeddedIT {
    private static final int KIOSKS = Integer.getInteger("bench.kiosks", 20);
    /** {@code -Dbench.pin=false}: a card-only library ({@code circulation.pinRequired=false}), no bcrypt per visit. */
    private static final boolean PIN = Boolean.parseBoolean(System.getProperty("bench.pin", "true"));

    @Test
    void benchPrintsLoansPerSecondAndLatencies() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "mariadb")), "bench");
        EmbeddedMariaDb db = start(dir);
        try {
            SlimsDatabase.createDemo(db, "slims", LocalDate.now(ZoneId.of("Asia/Jakarta")));
            db.createDatabase("central");
            List<String> patrons = new ArrayList<>();
            List<String> items = new ArrayList<>();
            addBenchRows(db, patrons, items);
            Path config = dir.resolve("central.properties");
            Files.writeString(config, String.join("\n", "db.url=" + db.jdbcUrl("central"), "db.user=root", "db.password=",
                    "slims.url=" + db.jdbcUrl("slims"), "slims.user=root", "slims.password=", "slims.staffUser="
                            + SlimsDatabase.DEMO_STAFF_USER, "circulation.pinRequired=" + PIN, ""));
            Path itemsFile = dir.resolve("items.txt");
            Files.write(itemsFile, items);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--config", config.toString(),
                    "--kiosks", Integer.toString(KIOSKS), "--patrons", String.join(",", patrons), "--items-file",
                    itemsFile.toString());
            System.out.println(out);
            assertThat(exit).as(err.toString()).isZero();
            Files.writeString(Path.of("target", PIN ? "bench-embedded.json" : "bench-embedded-nopin.json"), out.toString());
            JsonNode figures = new ObjectMapper().readTree(out.toString());
            assertThat(figures.get("loans").asInt()).isPositive();
            assertThat(figures.get("pinCheckCpuMs").asDouble()).as("a cost-10 bcrypt check takes CPU").isPositive();
            figures.get("operations").fields().forEachRemaining(op ->
                    assertThat(op.getValue().get("failed").asInt()).as(op.getKey()).isZero());
        } finally {
            db.close();
        }
    }

    private static void addBenchRows(EmbeddedMariaDb db, List<String> patrons, List<String> items) throws Exception {
        String hash = BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(10, "1234".toCharArray());
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("slims"), "root", ""); Statement s = c.createStatement()) {
            for (int k = 0; k < KIOSKS; k++) {
                String member = "BENCH" + String.format("%04d", k);
                s.execute("INSERT INTO member (member_id, member_name, gender, birth_date, member_type_id, member_address, "
                        + "member_since_date, register_date, expire_date, is_pending, mpasswd, input_date, last_update) VALUES ('"
                        + member + "', 'Anggota Uji " + k + "', 0, '1990-01-01', 1, 'Malang', CURDATE(), CURDATE(), "
                        + "DATE_ADD(CURDATE(), INTERVAL 1 YEAR), 0, '" + hash + "', CURDATE(), CURDATE())");
                patrons.add(PIN ? member + ":1234" : member);
                for (int i = 0; i < 3; i++) {
                    int n = 1000 + k * 3 + i;
                    s.execute("INSERT INTO item (item_id, biblio_id, coll_type_id, item_code, inventory_code, location_id, "
                            + "item_status_id, source, input_date, last_update, uid) VALUES (" + n + ", " + (1 + n % 20)
                            + ", 3, '3900" + n + "', 'BENCH/" + n + "', 'UMM', '0', 1, NOW(), NOW(), 1)");
                    items.add("3900" + n);
                }
            }
        }
        // each kiosk takes every KIOSKS-th item: order the list so kiosk k gets its member's three
        List<String> ordered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < KIOSKS; k++) {
                ordered.add(items.get(k * 3 + i));
            }
        }
        items.clear();
        items.addAll(ordered);
    }

    private static EmbeddedMariaDb start(Path dir) {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return EmbeddedMariaDb.start(dir);
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }
}
