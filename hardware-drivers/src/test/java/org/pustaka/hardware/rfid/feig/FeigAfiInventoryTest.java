package org.pustaka.hardware.rfid.feig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.serial.JsscSerialLink;
import org.pustaka.hardware.serial.SerialSettings;
import org.pustaka.hardware.serial.SocatPtyPair;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.FeigReaderEmulator;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.hardware.sim.SimTag;

/**
 * The AFI-filtered inventory (its bytes, the emulator's answer, one command proving a stack's AFIs) and
 * the one-command read of a tag whose memory size is known.
 */
class FeigAfiInventoryTest {

    @Test
    void theRequestCarriesTheAfiFlagInModeAndTheAfiAfterIt() {
        assertThat(IsoHostData.inventoryWithAfi(false, 0xC2)).containsExactly(0x01, 0x10, 0xC2);
        assertThat(IsoHostData.inventoryWithAfi(true, 0x07)).containsExactly(0x01, 0x90, 0x07);
        // whole frame: LEN 8, bus address, 0xB0, the data, CRC low byte first
        byte[] frame = FeigFrameCodec.encode(new FeigRequest(0xFF, IsoHostCommand.FEIG_COMMAND,
                IsoHostData.inventoryWithAfi(false, 0xC2)));
        assertThat(frame).hasSize(8);
        assertThat(frame[0]).isEqualTo((byte) 8);
        int crc = FeigCrc.crc16(frame, 0, 6);
        assertThat(frame[6]).isEqualTo((byte) crc);
        assertThat(frame[7]).isEqualTo((byte) (crc >> 8));
    }

    @Test
    void onlyTagsWithThatAfiAnswerTheFilteredInventory() throws Exception {
        try (EmulatorLine line = new EmulatorLine()) {
            SimTag lent = DemoTags.tagFor("30000201");
            SimTag inStock = DemoTags.tagFor("30000202");
            line.pad.place(lent);
            line.pad.place(inStock);
            lent.afi(0xC2);

            assertThat(line.reader.inventoryWithAfi(0xC2)).containsExactly(lent.uid());
            assertThat(line.reader.inventoryWithAfi(0x07)).containsExactly(inStock.uid());
            assertThat(line.reader.inventoryWithAfi(0x99)).isEmpty();
            assertThat(line.reader.inventory()).containsExactlyInAnyOrder(lent.uid(), inStock.uid());
        }
    }

    @Test
    void aTagWhoseMemorySizeIsKnownIsReadInOneCommand() throws Exception {
        try (EmulatorLine line = new EmulatorLine()) {
            SimTag tag = DemoTags.tagFor("30000203");
            line.pad.place(tag);

            long start = line.reader.commandsSent();
            byte[] first = line.reader.readMemory(tag.uid());
            long afterFirst = line.reader.commandsSent();
            byte[] again = line.reader.readMemory(tag.uid());

            assertThat(afterFirst - start).isEqualTo(2); // system information, then the block read
            assertThat(line.reader.commandsSent() - afterFirst).isEqualTo(1);
            assertThat(again).isEqualTo(first).isEqualTo(line.reader.read(tag.uid()).memory());
        }
    }

    @Test
    void oneFilteredInventoryOverAPtyVerifiesTheAfiWritesOfAStack() throws Exception {
        SimRfidPad pad = new SimRfidPad();
        List<SimTag> tags = java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(i -> DemoTags.tagFor(String.valueOf(30000300 + i))).toList();
        tags.forEach(pad::place);
        try (SocatPtyPair pair = SocatPtyPair.start();
             FeigReaderEmulator emulator = new FeigReaderEmulator(pad)) {
            emulator.noiseBytesBeforeAnswers(3);
            emulator.maxTagsPerAnswer(5);
            emulator.startOnDevice(pair.second());
            FeigRfidReader reader = new FeigRfidReader(
                    new JsscSerialLink(SerialSettings.feigDefaults(pair.first().toString())),
                    FeigReaderOptions.defaults().withResponseTimeout(Duration.ofMillis(300)));
            try {
                emulator.failNextWrites(1);
                long before = reader.commandsSent();
                for (SimTag tag : tags) {
                    try {
                        reader.writeAfi(tag.uid(), 0xC2);
                    } catch (org.pustaka.hardware.api.DeviceException e) {
                        // the failed write shows as a tag missing from the verifying inventory
                    }
                }
                List<String> verified = reader.inventoryWithAfi(0xC2);

                assertThat(verified).hasSize(7).doesNotContain(tags.get(0).uid());
                // 8 writes, then one filtered inventory and its "more" request
                assertThat(reader.commandsSent() - before).isEqualTo(8 + 2);
            } finally {
                reader.close();
            }
        }
    }
}
