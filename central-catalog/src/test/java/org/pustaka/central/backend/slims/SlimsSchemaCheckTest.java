package org.pustaka.central.backend.slims;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pustaka.central.circulation.SlimsFixture;
import org.pustaka.embedded.EmbeddedMariaDb;
import org.pustaka.embedded.SlimsDatabase;

class SlimsSchemaCheckTest {

    private static SlimsFixture db;

    @BeforeAll
    static void start() {
        db = SlimsFixture.demo();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void theEmbeddedSchemaIsCompatibleAndAMissingPieceIsNamed() {
        SlimsSchemaCheck check = new SlimsSchemaCheck(db.slims);
        SlimsSchemaCheck.Report ok = check.check("kiosk");
        assertThat(ok.missing()).isEmpty();
        assertThat(ok.compatible()).isTrue();
        assertThat(ok.notes()).contains("time zone Asia/Jakarta").anyMatch(n -> n.startsWith("loan table engine MyISAM"));

        assertThat(check.check("nobody").missing()).containsExactly("staff user 'nobody' in table user");

        db.sql("DROP TRIGGER update_loan_history");
        db.sql("ALTER TABLE fines DROP COLUMN credit");
        db.sql("DROP TABLE visitor_count");
        SlimsSchemaCheck.Report broken = check.check("kiosk");
        assertThat(broken.compatible()).isFalse();
        assertThat(broken.missing()).containsExactlyInAnyOrder("trigger update_loan_history", "column fines.credit",
                "table visitor_count");
    }

    /**
     * The account of docs/central-catalog-service.md ("MariaDB grants"), which MariaDB does not show the triggers
     * to. On a server of its own: switching the grant tables on would change the shared one for other tests.
     */
    @Test
    void theServiceAccountWithTheDocumentedGrantsFindsTheTriggersItCannotRead() throws SQLException {
        try (EmbeddedMariaDb server = SlimsFixture.startServer("grants")) {
            SlimsDatabase.createDemo(server, "slims", SlimsFixture.TODAY);
            try (HikariDataSource root = SlimsFixture.pool(server, "slims", "root", "");
                 Connection c = root.getConnection(); Statement s = c.createStatement()) {
                s.execute("FLUSH PRIVILEGES"); // the server started with --skip-grant-tables: enforce grants now
                s.execute("CREATE USER 'pustaka_kiosk'@'127.0.0.1' IDENTIFIED BY 'pw'");
                s.execute("GRANT SELECT ON slims.* TO 'pustaka_kiosk'@'127.0.0.1'");
                s.execute("GRANT INSERT, UPDATE ON slims.loan TO 'pustaka_kiosk'@'127.0.0.1'");
                s.execute("GRANT INSERT ON slims.fines TO 'pustaka_kiosk'@'127.0.0.1'");
                s.execute("GRANT INSERT ON slims.visitor_count TO 'pustaka_kiosk'@'127.0.0.1'");
                s.execute("GRANT INSERT ON slims.system_log TO 'pustaka_kiosk'@'127.0.0.1'");
                s.execute("GRANT DELETE ON slims.reserve TO 'pustaka_kiosk'@'127.0.0.1'");
                try (HikariDataSource account = SlimsFixture.pool(server, "slims", "pustaka_kiosk", "pw")) {
                    SlimsSchemaCheck check = new SlimsSchemaCheck(account);
                    SlimsSchemaCheck.Report ok = check.check("kiosk");
                    assertThat(ok.missing()).isEmpty();
                    assertThat(ok.compatible()).isTrue();
                    assertThat(ok.notes()).contains("triggers delete_loan_history, insert_loan_history,"
                            + " update_loan_history exist; this account cannot read them (no TRIGGER privilege on"
                            + " loan, which the service does not need)");

                    s.execute("DROP TRIGGER insert_loan_history");
                    SlimsSchemaCheck.Report broken = check.check("kiosk");
                    assertThat(broken.compatible()).isFalse();
                    assertThat(broken.missing()).containsExactly("trigger insert_loan_history");
                }
            }
        }
    }
}
