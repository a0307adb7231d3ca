package org.pustaka.central.backend.slims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pustaka.central.circulation.SlimsFixture;

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
}
