package org.pustaka.kiosk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.rfid.feig.FeigReaderOptions;
import org.pustaka.hardware.rfid.feig.FeigRfidReader;
import org.pustaka.hardware.serial.StreamSerialLink;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FeigReaderEmulator;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;

/**
 * The FEIG driver on a line that is noisy on every answer and loses frames now and then: the driver must
 * skip the noise, send again after a lost answer, and never report a tag, an AFI or a block that is not
 * what the tag holds. A command only fails when more answers in a row are lost than it retries.
 */
class ReaderNoiseTest {
    private static final List<String> ITEMS = List.of("30000101", "30000102", "30000103", "30000104", "30000108");

    private final SimRfidPad pad = new SimRfidPad();
    private final FeigReaderEmulator emulator = new FeigReaderEmulator(pad);
    private final Random random = new Random(15693);
    private FeigRfidReader reader;

    @BeforeEach
    void connect() throws Exception {
        PipedInputStream toEmulator = new PipedInputStream(65_536);
        PipedInputStream toHost = new PipedInputStream(65_536);
        PipedOutputStream hostOut = new PipedOutputStream(toEmulator);
        PipedOutputStream emulatorOut = new PipedOutputStream(toHost);
        emulator.timing(Duration.ZERO, Duration.ZERO);
        emulator.start(toEmulator, emulatorOut);
        reader = new FeigRfidReader(new StreamSerialLink("noisy", toHost, hostOut),
                FeigReaderOptions.defaults().withResponseTimeout(Duration.ofMillis(500)));
        ITEMS.forEach(id -> pad.place(DemoTags.tagFor(id)));
        pad.place(DemoTags.tagFor("30000105", 2, 1, DemoTags.AFI_IN_STOCK));
        pad.place(DemoTags.tagFor("30000105", 2, 2, DemoTags.AFI_IN_STOCK));
    }

    @AfterEach
    void disconnect() {
        emulator.close();
        reader.close();
    }

    @Test
    void noiseOnEveryAnswerAndLostFramesNeverGiveAWrongAnswer() throws DeviceException {
        List<String> uids = pad.tagsOnPad().stream().map(t -> t.uid()).sorted().toList();
        for (int step = 0; step < 120; step++) {
            emulator.noiseBytesBeforeAnswers(random.nextInt(48));
            if (random.nextInt(5) == 0) {
                emulator.loseNextAnswers(1 + random.nextInt(2));
            }
            String uid = uids.get(random.nextInt(uids.size()));
            switch (random.nextInt(3)) {
                case 0 -> assertThat(sorted(reader.inventory())).as("inventory at step %d", step).isEqualTo(uids);
                case 1 -> {
                    TagRead read = reader.read(uid);
                    LibraryTag tag = TagCodec.decode(read.memory()).tag().orElseThrow();
                    assertThat(read.uid()).isEqualTo(uid);
                    assertThat(DemoTags.uidFor(tag.itemId(), tag.partNumber())).isEqualTo(uid);
                    assertThat(read.afi()).isEqualTo(pad.tag(uid).orElseThrow().afi());
                }
                default -> {
                    int afi = random.nextBoolean() ? DemoTags.AFI_ON_LOAN : DemoTags.AFI_IN_STOCK;
                    reader.writeAfi(uid, afi);
                    assertThat(pad.tag(uid).orElseThrow().afi()).as("AFI written at step %d", step).isEqualTo(afi);
                    emulator.noiseBytesBeforeAnswers(random.nextInt(48));
                    assertThat(reader.read(uid).afi()).as("AFI read back at step %d", step).isEqualTo(afi);
                }
            }
        }
    }

    @Test
    void moreLostAnswersThanRetriesFailCleanlyAndTheNextCommandWorks() throws DeviceException {
        emulator.noiseBytesBeforeAnswers(9);
        emulator.loseNextAnswers(3);
        try {
            reader.inventory();
            throw new AssertionError("three lost answers in a row must not give an inventory");
        } catch (DeviceException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        assertThat(reader.inventory()).hasSize(ITEMS.size() + 2);
    }

    private static List<String> sorted(List<String> uids) {
        List<String> out = new ArrayList<>(uids);
        out.sort(null);
        return out;
    }
}
