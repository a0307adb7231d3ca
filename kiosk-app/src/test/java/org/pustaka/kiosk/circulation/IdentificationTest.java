package org.pustaka.kiosk.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.library.PatronBlock;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.RefusalReason;

class IdentificationTest {
    @TempDir
    Path dir;
    FakeLibrary library = new FakeLibrary();
    DeskFixture f;

    @BeforeEach
    void open() {
        library.blocks.put("2024000456", Set.of(PatronBlock.CHARGE_PRIVILEGES_DENIED, PatronBlock.CARD_REPORTED_LOST));
        library.blocks.put("2024000999", Set.of(PatronBlock.CARD_EXPIRED, PatronBlock.CHARGE_PRIVILEGES_DENIED));
        library.blocks.put("2024000777", Set.of(PatronBlock.TOO_MANY_ITEMS_CHARGED));
        library.fines.put("2024000555", 35_000L);
        library.fines.put("2024000789", 7_500L);
        f = new DeskFixture(dir, library);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private RefusalReason refusal(String card, String pin) {
        IdentifyResult r = f.desk.identify(new PatronCredentials(card, pin));
        return r.refusal() == null ? null : r.refusal().reason();
    }

    @Test
    void goodStandingAndSmallFinesMayBorrow() {
        assertThat(refusal("2024000123", "1234")).isNull();
        assertThat(refusal("2024000789", "1234")).isNull();
        IdentifyResult r = f.desk.identify(DeskFixture.SITI);
        assertThat(r.patronIfAccepted()).isPresent();
        assertThat(r.offline()).isFalse();
    }

    @Test
    void eachObstacleBecomesItsOwnReason() {
        assertThat(refusal("9999", "1234")).isEqualTo(RefusalReason.UNKNOWN_PATRON);
        assertThat(refusal("2024000123", "0000")).isEqualTo(RefusalReason.WRONG_PIN);
        assertThat(refusal("2024000123", null)).isEqualTo(RefusalReason.WRONG_PIN);
        assertThat(refusal("2024000456", "1234")).isEqualTo(RefusalReason.PATRON_BLOCKED);
        assertThat(refusal("2024000999", "1234")).isEqualTo(RefusalReason.CARD_EXPIRED);
        assertThat(refusal("2024000777", "1234")).isEqualTo(RefusalReason.TOO_MANY_ITEMS);
        assertThat(refusal("2024000555", "1234")).isEqualTo(RefusalReason.FINES_TOO_HIGH);
    }

    @Test
    void everyReasonHasASentenceInBothLanguages() {
        for (RefusalReason r : RefusalReason.values()) {
            assertThat(VisitorText.refusal(r, "id")).endsWith(".").isNotEqualTo(VisitorText.refusal(r, "en"));
            assertThat(VisitorText.refusal(r, "en")).endsWith(".");
        }
    }

    @Test
    void offlineLetsAKnownVisitorInOnlyWithTheRightPin() {
        assertThat(refusal("2024000123", "1234")).isNull();
        library.offline = true;

        IdentifyResult known = f.desk.identify(DeskFixture.SITI);
        assertThat(known.offline()).isTrue();
        assertThat(known.refusal()).isNull();
        assertThat(known.patron().name()).as("the name the library gave last time")
                .isEqualTo("Visitor 2024000123");
        assertThat(f.desk.identify(new PatronCredentials("2024000123", "9999")).patron().name())
                .as("never shown to a wrong PIN").isEmpty();
        assertThat(f.desk.identify(new PatronCredentials("2024000321", "1234")).patron().name())
                .as("never seen online: no name").isEmpty();
        assertThat(refusal("2024000123", "9999")).isEqualTo(RefusalReason.WRONG_PIN);
    }

    @Test
    void offlineRefusesStrangersWhenOnlyKnownVisitorsMayBorrow() {
        f.policy = new CirculationPolicy("TEST-01", FakeLibrary.zone(), true, f.policy.fineLimit(), true, true, 5,
                true, 100, 14, Set.of(1), Set.of(1, 2), java.time.Duration.ofSeconds(30));
        f.restart();
        library.offline = true;

        assertThat(refusal("2024000789", "1111")).isEqualTo(RefusalReason.OFFLINE_NOT_ALLOWED);
    }
}
