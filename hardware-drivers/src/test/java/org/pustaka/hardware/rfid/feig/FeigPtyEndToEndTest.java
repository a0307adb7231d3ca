package org.pustaka.hardware.rfid.feig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.rfid.ReaderAccess;
import org.pustaka.hardware.rfid.SecurityResult;
import org.pustaka.hardware.rfid.TagSecurity;
import org.pustaka.hardware.serial.JsscSerialLink;
import org.pustaka.hardware.serial.SerialSettings;
import org.pustaka.hardware.serial.SocatPtyPair;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FeigReaderEmulator;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.hardware.sim.SimTag;
import org.pustaka.hardware.tag.BlockOrder;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;

/**
 * The real driver on a real serial port (jSSC on one end of a socat pty pair) against the emulator on the
 * other end, at realistic pacing and with noise and lost answers on the line.
 */
class FeigPtyEndToEndTest {

    @Test
    void inventoryReadAllAndSecureTenTagsThroughANoisyLine() throws Exception {
        SimRfidPad pad = new SimRfidPad();
        List<SimTag> tags = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            SimTag tag = DemoTags.tagFor(String.valueOf(30000100 + i));
            tags.add(tag);
            pad.place(tag);
        }
        try (SocatPtyPair pair = SocatPtyPair.start();
             FeigReaderEmulator emulator = new FeigReaderEmulator(pad)) {
            emulator.noiseBytesBeforeAnswers(5);
            emulator.maxTagsPerAnswer(6);
            emulator.startOnDevice(pair.second());
            FeigRfidReader reader = new FeigRfidReader(
                    new JsscSerialLink(SerialSettings.feigDefaults(pair.first().toString())),
                    FeigReaderOptions.defaults().withResponseTimeout(Duration.ofMillis(1200)));
            try {
                emulator.loseNextAnswers(1);
                assertThat(reader.inventory())
                        .containsExactlyInAnyOrderElementsOf(tags.stream().map(SimTag::uid).toList());

                for (SimTag tag : tags) {
                    TagRead read = reader.read(tag.uid());
                    LibraryTag data = TagCodec.decode(read.memory()).tag().orElseThrow();
                    assertThat(data.itemId()).isEqualTo("30" + tag.uid().substring(8, 14));
                    assertThat(data.isil()).isEqualTo("MLG01");
                    assertThat(data.blockOrder()).isEqualTo(BlockOrder.REVERSED);
                    assertThat(read.afi()).isEqualTo(0x07);
                }

                TagSecurity security = new TagSecurity(ReaderAccess.direct(reader));
                emulator.failNextWrites(1);
                emulator.loseNextAnswers(1);
                for (SimTag tag : tags) {
                    SecurityResult result = security.setOnLoan(tag.uid());
                    assertThat(result.verified()).as(result.message()).isTrue();
                    assertThat(tag.afi()).isEqualTo(0xC2);
                }
            } finally {
                reader.close();
            }
        }
    }
}
