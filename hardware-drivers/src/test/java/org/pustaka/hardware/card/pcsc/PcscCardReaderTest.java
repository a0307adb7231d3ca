package org.pustaka.hardware.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.api.CardRead;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.card.RecordingCardListener;
import org.pustaka.hardware.sim.VirtualContactlessCard;

/** javax.smartcardio over a real pcscd with the vsmartcard virtual reader and a virtual contactless card. */
class PcscCardReaderTest {

    @Test
    void readsTheUidOrTheNdefMemberNumberAndComesBackAfterPcscdRestarts() throws Exception {
        RecordingCardListener heard = new RecordingCardListener();
        // pcscd first, as on a kiosk where it starts at boot: a reader that polls before pcscd answers would
        // rightly report it lost and back, which is not what this test counts
        PcscdProcess first = PcscdProcess.start();
        try (PcscCardReader reader = new PcscCardReader("Virtual PCD", Duration.ofMillis(100))) {
            reader.listen(heard);
            try (PcscdProcess pcscd = first) {
                await().atMost(20, TimeUnit.SECONDS).until(reader::health, h -> h.state() == DeviceHealth.State.OK);
                try (VirtualContactlessCard card = pcscd.insert("04A224B2C35E80", null)) {
                    await().atMost(20, TimeUnit.SECONDS).until(() -> !heard.cards.isEmpty());
                }
                assertThat(heard.cards).containsExactly(CardRead.uid("pcsc", "04A224B2C35E80"));
                try (VirtualContactlessCard card = pcscd.insert("04FFEE0011", "M-000123")) {
                    await().atMost(20, TimeUnit.SECONDS).until(() -> heard.cards.size() == 2);
                }
                assertThat(heard.cards.get(1)).isEqualTo(CardRead.number("pcsc", "M-000123"));
            }
            await().atMost(20, TimeUnit.SECONDS).until(() -> heard.problemKinds().contains(CardProblem.Kind.READER_LOST));
            assertThat(reader.health().state()).isEqualTo(DeviceHealth.State.FAILED);
            try (PcscdProcess again = PcscdProcess.start()) {
                await().atMost(20, TimeUnit.SECONDS).until(() -> heard.problemKinds().contains(CardProblem.Kind.READER_BACK));
                try (VirtualContactlessCard card = again.insert("04A224B2C35E80", null)) {
                    await().atMost(20, TimeUnit.SECONDS).alias("cards " + heard.cards + " problems " + heard.problems).until(() -> heard.cards.size() == 3 || heard.problems.size() > 2);
                    assertThat(heard.problems).hasSize(2);
                }
            }
        } finally {
            first.close();
        }
    }
}
