package org.pustaka.central.backend.slims;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pustaka.central.circulation.CheckinRequest;
import org.pustaka.central.circulation.CheckoutRequest;
import org.pustaka.central.circulation.CirculationCore;
import org.pustaka.central.circulation.RenewRequest;
import org.pustaka.central.circulation.SlimsFixture;

/** The MariaDB grants docs/central-catalog-service.md lists are enough for circulation and the check. */
class SlimsGrantsTest {

    @Test
    void theDocumentedGrantsAreEnough() {
        try (SlimsFixture db = SlimsFixture.demo()) {
            String user = "pk_" + db.slimsDatabase;
            String slims = "`" + db.slimsDatabase + "`";
            db.sql("CREATE USER '" + user + "'@'%' IDENTIFIED BY 'rahasia-uji'");
            db.sql("GRANT SELECT ON " + slims + ".* TO '" + user + "'@'%'");
            db.sql("GRANT INSERT, UPDATE ON " + slims + ".loan TO '" + user + "'@'%'");
            db.sql("GRANT INSERT ON " + slims + ".fines TO '" + user + "'@'%'");
            db.sql("GRANT INSERT ON " + slims + ".visitor_count TO '" + user + "'@'%'");
            db.sql("GRANT INSERT ON " + slims + ".system_log TO '" + user + "'@'%'");
            db.sql("GRANT DELETE ON " + slims + ".reserve TO '" + user + "'@'%'");
            db.sql("GRANT ALL ON `" + db.ownDatabase + "`.* TO '" + user + "'@'%'");
            try (HikariDataSource slimsAsService = SlimsFixture.pool(SlimsFixture.server(), db.slimsDatabase, user, "rahasia-uji");
                 HikariDataSource ownAsService = SlimsFixture.pool(SlimsFixture.server(), db.ownDatabase, user, "rahasia-uji")) {
                assertThat(new SlimsSchemaCheck(slimsAsService).check("kiosk").compatible()).isTrue();
                CirculationCore core = db.core(slimsAsService, ownAsService, SlimsFixture.fixedClock(), true);
                assertThat(core.checkout(new CheckoutRequest(UUID.randomUUID().toString(), "k", "2024000321", "30000106",
                        SlimsFixture.NOW, false)).ok()).isTrue();
                assertThat(core.renew(new RenewRequest(UUID.randomUUID().toString(), "k", "2024000555", "30000119",
                        SlimsFixture.NOW)).fineCharged()).isEqualTo(3000);
                assertThat(core.checkin(new CheckinRequest(UUID.randomUUID().toString(), "k", "30000106",
                        SlimsFixture.NOW, false)).ok()).isTrue();
                assertThat(db.count("SELECT COUNT(*) FROM loan_history WHERE item_code='30000106' AND is_return=1"))
                        .isEqualTo(1);
                // And nothing more: the service may not change SLiMS's members.
                assertThat(db.one("SELECT COUNT(*) FROM information_schema.table_privileges WHERE grantee LIKE '%"
                        + user + "%' AND privilege_type = 'UPDATE' AND table_name <> 'loan'")).isEqualTo("0");
            }
        }
    }
}
