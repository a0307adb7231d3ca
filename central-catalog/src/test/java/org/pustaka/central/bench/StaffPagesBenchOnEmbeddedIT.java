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
import org.pustaka.central.http.TestServices;
import org.pustaka.embedded.EmbeddedMariaDb;
import org.pustaka.embedded.SlimsDatabase;

/**
 * {@code central-catalog bench staff-pages} on the embedded MariaDB with the Malang demo SLiMS database and a
 * staff account: seeds a year ({@code -Dbench.loans}, 2,000 by default so the suite stays quick; 200,000 for the
 * figures in docs/performance.md), signs in over HTTP and times every staff page. Keeps the output in
 * {@code target/bench-staff-pages.json} and drops its two databases from the tests' shared MariaDB
 * ({@code -Dbench.keep=true} keeps them). Asserts that every page got a figure and answered 200, never timings.
 * The seeded year:
 * {@code mvn -B -q -pl central-catalog -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=StaffPagesBenchOnEmbeddedIT -Dbench.loans=200000 -Dbench.registrations=5000 -Dbench.requests=30}
 */
class StaffPagesBenchOnEmbeddedIT {
    private static final String PASSWORD = "Bench-Petugas-1";

    @Test
    void everyStaffPageGetsAFigure() throws Exception {
        EmbeddedMariaDb db = TestServices.mariaDb();
        String run = Long.toString(System.nanoTime(), 36);
        String slims = "pages_slims_" + run;
        String central = "pages_central_" + run;
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "pages");
        try {
            SlimsDatabase.createDemo(db, slims, LocalDate.now(ZoneId.of("Asia/Jakarta")));
            db.createDatabase(central);
            String hash = BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(6, PASSWORD.toCharArray());
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(slims), "root", ""); Statement s = c.createStatement()) {
                // in SLiMS's administrators' group (1), so every page opens, the forms of the managing roles too
                s.execute("INSERT INTO user (username, realname, passwd, user_type, `groups`, input_date, last_update) VALUES"
                        + " ('bench', 'Petugas Bench', '" + hash + "', 2, 'a:1:{i:0;s:1:\"1\";}', CURDATE(), CURDATE())");
            }
            Path config = dir.resolve("central.properties");
            Files.writeString(config, String.join("\n", "db.url=" + db.jdbcUrl(central), "db.user=root", "db.password=",
                    "slims.url=" + db.jdbcUrl(slims), "slims.user=root", "slims.password=", "slims.staffUser="
                            + SlimsDatabase.DEMO_STAFF_USER, ""));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "staff-pages",
                    "--config", config.toString(), "--staff-user", "bench", "--staff-password", PASSWORD,
                    "--seed-loans", System.getProperty("bench.loans", "2000"),
                    "--seed-registrations", System.getProperty("bench.registrations", "200"),
                    "--requests", System.getProperty("bench.requests", "5"));
            System.out.println(out);
            assertThat(exit).as(err.toString()).isZero();
            Files.writeString(Path.of("target", "bench-staff-pages.json"), out.toString());
            JsonNode figures = new ObjectMapper().readTree(out.toString());
            assertThat(figures.get("seeded").get("loan").asLong()).isEqualTo(Long.getLong("bench.loans", 2000));
            JsonNode pages = figures.get("pages");
            List<String> names = new ArrayList<>();
            pages.fieldNames().forEachRemaining(names::add);
            assertThat(names).contains("/staff/beranda", "/staff/kios", "/staff/statistik", "/staff/statistik/ringkasan",
                    "/staff/statistik/ringkasan.csv");
            pages.fields().forEachRemaining(p -> {
                if (p.getKey().contains("{")) {
                    assertThat(p.getValue().has("skipped")).as(p.getKey()).isTrue();
                } else if (p.getKey().equals("/staff")) {
                    assertThat(p.getValue().get("redirect").asText()).isEqualTo("/staff/beranda");
                } else {
                    assertThat(p.getValue().get("failed").asInt()).as(p.getKey()).isZero();
                    assertThat(p.getValue().get("p50Ms").isNumber()).as(p.getKey()).isTrue();
                    assertThat(p.getValue().get("p95Ms").isNumber()).as(p.getKey()).isTrue();
                }
            });
            assertThat(figures.get("loadAverage").get(0).isNumber()).isTrue();
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                try (Connection c = DriverManager.getConnection(db.jdbcUrl(central), "root", ""); Statement st = c.createStatement()) {
                    st.execute("DROP DATABASE " + central);
                    st.execute("DROP DATABASE " + slims);
                }
            }
            Files.deleteIfExists(dir.resolve("central.properties"));
            Files.deleteIfExists(dir);
        }
    }
}
