package org.pustaka.central.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Unknown ids, SQL metacharacters and oversized input are refused cleanly and change nothing in SLiMS. */
class BadInputTest {

    private static SlimsFixture db;
    private static CirculationCore core;

    @BeforeAll
    static void start() {
        db = SlimsFixture.demo();
        core = db.core(SlimsFixture.fixedClock(), true);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    static Stream<String> badIds() {
        return Stream.of("' OR '1'='1", "30000101' OR 1=1 -- ", "30000101'; DELETE FROM loan; --", "%", "_",
                "\\", "\"", "30000101\u0000", "🙂", "2024000123🙂", "", " ", "x".repeat(5000));
    }

    @ParameterizedTest
    @MethodSource("badIds")
    void badIdsAreRefusedAndWriteNothing(String bad) {
        String before = rows();
        assertThat(core.checkout(new CheckoutRequest(UUID.randomUUID().toString(), "k", bad, "30000101",
                SlimsFixture.NOW, false)).refusal().code()).isEqualTo(RefusalCode.UNKNOWN_PATRON);
        assertThat(core.checkout(new CheckoutRequest(UUID.randomUUID().toString(), "k", "2024000123", bad,
                SlimsFixture.NOW, false)).refusal().code()).isEqualTo(RefusalCode.ITEM_UNKNOWN);
        assertThat(core.checkin(new CheckinRequest(UUID.randomUUID().toString(), "k", bad, SlimsFixture.NOW, false))
                .refusal().code()).isEqualTo(RefusalCode.ITEM_UNKNOWN);
        assertThat(core.renew(new RenewRequest(UUID.randomUUID().toString(), "k", "2024000123", bad, SlimsFixture.NOW))
                .refusal().code()).isEqualTo(RefusalCode.ITEM_UNKNOWN);
        assertThat(core.renewAll(new RenewAllRequest(UUID.randomUUID().toString(), "k", bad, SlimsFixture.NOW))
                .refusal().code()).isEqualTo(RefusalCode.UNKNOWN_PATRON);
        assertThat(core.authenticate("2024000123", Optional.of(bad)).ok()).isFalse();
        assertThat(core.authenticate(bad, Optional.of("1234")).refusal().code()).isEqualTo(RefusalCode.UNKNOWN_PATRON);
        assertThat(core.account(bad).ok()).isFalse();
        assertThat(core.item(bad).found()).isFalse();
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void requestAndKioskIdsOutOfBoundsAreRejectedWithASentence() {
        String before = rows();
        assertThatThrownBy(() -> core.checkout(new CheckoutRequest("r".repeat(200), "k", "2024000123", "30000101",
                SlimsFixture.NOW, false))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request id");
        assertThatThrownBy(() -> core.checkin(new CheckinRequest("r", " ", "30000101", SlimsFixture.NOW, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kiosk id");
        assertThat(rows()).isEqualTo(before);
    }

    private static String rows() {
        return db.one("SELECT CONCAT_WS('|', (SELECT COUNT(*) FROM loan), (SELECT COUNT(*) FROM loan_history),"
                + " (SELECT COUNT(*) FROM fines), (SELECT COUNT(*) FROM system_log), (SELECT COUNT(*) FROM visitor_count),"
                + " (SELECT COUNT(*) FROM reserve), (SELECT COUNT(*) FROM member), (SELECT MAX(last_update) FROM loan))");
    }
}
