package org.pustaka.central.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.embedded.EmbeddedMariaDb;

/** The CLI contract: JSON on stdout, sentences on stderr, exit 0 / 2 / 1; against a real MariaDB. */
class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void migrateEnrollCodeAndCheckOnARealDatabase(@TempDir Path dir) throws Exception {
        EmbeddedMariaDb db = org.pustaka.central.http.TestServices.mariaDb();
        db.createDatabase("central_cli");
        Path config = dir.resolve("central.properties");
        Files.writeString(config, "db.url=" + db.jdbcUrl("central_cli") + "\ndb.user=root\ndb.password=\n");

        assertThat(run("migrate", "--config", config.toString())).as(err.toString()).isZero();
        assertThat(json().get("migrationsApplied").asInt()).isPositive();
        assertThat(run("migrate", "--config", config.toString())).isZero();
        assertThat(json().get("migrationsApplied").asInt()).isZero();

        assertThat(run("enroll-code", "--config", config.toString(), "--kiosk-id", "MLG-01")).isZero();
        assertThat(json().get("enrollmentCode").asText()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(err.toString()).contains("kiosk enroll");

        assertThat(run("check", "--config", config.toString())).isZero();
        assertThat(json().get("centralDatabase").asText()).isEqualTo("OK");
    }

    @Test
    void badInputIsExit2WithASentence(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("c.properties");
        Files.writeString(config, "db.poolSize=lots\n");
        assertThat(run("migrate", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("db.poolSize").contains("lots");
        assertThat(out.toString()).isEmpty();
        assertThat(run("enroll-code")).isEqualTo(2);
        assertThat(run("enroll-code", "--kiosk-id", "bad id!")).isEqualTo(2);
        assertThat(err.toString()).contains("kiosk id");
    }

    @Test
    void anUnreachableDatabaseIsExit1(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("c.properties");
        Files.writeString(config, "db.url=jdbc:mariadb://127.0.0.1:1/none\ndb.connectTimeoutSeconds=1\n");
        assertThat(run("check", "--config", config.toString())).isEqualTo(1);
        assertThat(json().get("centralDatabase").asText()).startsWith("FAILED");
        assertThat(err.toString()).contains("db.url");
    }
    @Test
    void theDeskPairsACardWithAMemberSlimsKnowsAndUnpairsIt(@TempDir Path dir) throws Exception {
        EmbeddedMariaDb db = org.pustaka.central.http.TestServices.mariaDb();
        db.createDatabase("central_cards");
        db.createDatabase("slims_cards");
        org.pustaka.embedded.SlimsDatabase.createDemo(db, "slims_cards", java.time.LocalDate.now());
        Path config = dir.resolve("central.properties");
        Files.writeString(config, "db.url=" + db.jdbcUrl("central_cards") + "\ndb.user=root\ndb.password=\n"
                + "slims.url=" + db.jdbcUrl("slims_cards") + "\nslims.user=root\nslims.password=\n"
                + "slims.staffUser=" + org.pustaka.embedded.SlimsDatabase.DEMO_STAFF_USER + "\n");
        String c = config.toString();
        assertThat(run("migrate", "--config", c)).as(err.toString()).isZero();

        assertThat(run("card", "pair", "--config", c, "--uid", "04:a2:24:b2:c3:5e:80", "--member", "2024000123",
                "--by", "Rina")).as(err.toString()).isZero();
        assertThat(json().get("uid").asText()).isEqualTo("04A224B2C35E80");
        assertThat(json().get("memberId").asText()).isEqualTo("2024000123");
        assertThat(run("card", "show", "--config", c, "--uid", "04A224B2C35E80")).isZero();
        assertThat(json().get("pairedBy").asText()).isEqualTo("Rina");

        assertThat(run("card", "pair", "--config", c, "--uid", "0A0B0C0D", "--member", "1999999999")).isEqualTo(2);
        assertThat(err.toString()).contains("tidak dikenal").contains("does not know");
        assertThat(run("card", "pair", "--config", c, "--uid", "04A224B2C35E80", "--member", "2024000456")).isEqualTo(2);
        assertThat(err.toString()).contains("unpair it first");
        assertThat(run("card", "pair", "--config", c, "--uid", "nothex", "--member", "2024000456")).isEqualTo(2);
        assertThat(err.toString()).contains("4 to 10 bytes of hex");

        assertThat(run("card", "unpair", "--config", c, "--uid", "04A224B2C35E80", "--reason", "hilang")).isZero();
        assertThat(json().get("unpaired").asBoolean()).isTrue();
        assertThat(run("card", "show", "--config", c, "--uid", "04A224B2C35E80")).isEqualTo(1);
        assertThat(err.toString()).contains("not paired");
    }

    @Test
    void pairingACardWithoutTheLibrarysDatabaseIsExit2(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("c.properties");
        Files.writeString(config, "db.url=jdbc:mariadb://127.0.0.1:1/none\n");
        assertThat(run("card", "pair", "--config", config.toString(), "--uid", "04A224B2", "--member", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("slims.url");
    }

    @Test
    void everyCardCommandTakesTheConfigurationAndNeedsTheCardsUid() {
        for (String command : java.util.List.of("pair", "unpair", "show")) {
            assertThat(run("card", command, "--help")).as(command).isZero();
            assertThat(out.toString()).as(command).contains("--config=FILE").contains("--uid=HEX")
                    .contains("as the reader shows it");

            assertThat(run("card", command, "--config", "central.properties")).as(command).isEqualTo(2);
            assertThat(err.toString()).as(command).contains("Missing required").contains("'--uid=HEX'");
            assertThat(out.toString()).as(command).isEmpty();
        }
    }
}
