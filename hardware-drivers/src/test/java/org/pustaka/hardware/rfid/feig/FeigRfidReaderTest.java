package org.pustaka.hardware.rfid.feig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.SimTag;
import org.pustaka.hardware.tag.BlockOrder;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;

class FeigRfidReaderTest {
    private EmulatorLine line = new EmulatorLine();

    @AfterEach
    void closeLine() {
        line.close();
    }

    @Test
    void inventoryOfAnEmptyPadIsEmpty() throws DeviceException {
        assertThat(line.reader.inventory()).isEmpty();
    }

    @Test
    void inventoryCollectsEveryTagAcrossMoreDataAnswers() throws DeviceException {
        List<String> expected = placeItems(10);
        line.emulator.maxTagsPerAnswer(3);

        assertThat(line.reader.inventory()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void readGivesAfiAndMemoryAsTheReaderSendsIt() throws DeviceException {
        line.pad.place(DemoTags.tagFor("30000105", 2, 2, 0xC2));

        TagRead read = line.reader.read("E004015000010502");

        assertThat(read.afi()).isEqualTo(0xC2);
        assertThat(read.memory()).hasSize(32);
        LibraryTag tag = TagCodec.decode(read.memory()).tag().orElseThrow();
        assertThat(tag.itemId()).isEqualTo("30000105");
        assertThat(tag.partNumber()).isEqualTo(2);
        assertThat(tag.blockOrder()).isEqualTo(BlockOrder.REVERSED);
    }

    @Test
    void readerThatKeepsTagOrderDeliversNormalBlocks() throws DeviceException {
        line.close();
        line = new EmulatorLine(FeigReaderOptions.defaults().withResponseTimeout(Duration.ofMillis(600))
                .withBlockBytesMsbFirst(false));
        line.emulator.blockBytesMsbFirst(false);
        line.pad.place(DemoTags.tagFor("30000101"));

        TagRead read = line.reader.read(DemoTags.uidFor("30000101", 1));

        assertThat(TagCodec.decode(read.memory()).tag().orElseThrow().blockOrder()).isEqualTo(BlockOrder.NORMAL);
    }

    @Test
    void writeAfiChangesTheTag() throws DeviceException {
        SimTag tag = DemoTags.tagFor("30000102");
        line.pad.place(tag);

        line.reader.writeAfi(tag.uid(), 0xC2);

        assertThat(tag.afi()).isEqualTo(0xC2);
        assertThat(line.reader.read(tag.uid()).afi()).isEqualTo(0xC2);
    }

    @Test
    void writeBlocksStoresTheDataInTheTagsOwnOrder() throws DeviceException {
        SimTag tag = new SimTag("E004015099999901", 0x07, new byte[40]);
        line.pad.place(tag);
        byte[] data = TagCodec.encode(LibraryTag.circulating("NEW-0001", "ID", "MLG01"), 36);

        line.reader.writeBlocks(tag.uid(), 0, data);

        assertThat(TagCodec.decode(tag.memory()).tag().orElseThrow().blockOrder()).isEqualTo(BlockOrder.NORMAL);
        assertThat(TagCodec.decode(line.reader.read(tag.uid()).memory()).tag().orElseThrow().itemId())
                .isEqualTo("NEW-0001");
    }

    @Test
    void aTagThatIsNotThereIsASentence() {
        assertThatThrownBy(() -> line.reader.read("E004015000000001"))
                .isInstanceOf(DeviceException.class)
                .hasMessage("Tag E004015000000001 did not answer: it is not on the pad or was moved"
                        + " during the command.");
    }

    @Test
    void aFailedWriteIsReported() {
        SimTag tag = DemoTags.tagFor("30000103");
        line.pad.place(tag);
        line.emulator.failNextWrites(1);

        assertThatThrownBy(() -> line.reader.writeAfi(tag.uid(), 0xC2))
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("did not accept the write");
        assertThat(tag.afi()).isEqualTo(0x07);
    }

    @Test
    void aLostAnswerIsRetried() throws DeviceException {
        placeItems(2);
        line.emulator.loseNextAnswers(2);

        assertThat(line.reader.inventory()).hasSize(2);
    }

    @Test
    void tooManyLostAnswersGiveATimeoutSentence() {
        line.emulator.loseNextAnswers(3);

        assertThatThrownBy(() -> line.reader.inventory())
                .isInstanceOf(DeviceException.class)
                .hasMessageContaining("did not answer the inventory within 600 ms");
    }

    @Test
    void noiseOnTheLineIsSkipped() throws DeviceException {
        List<String> expected = placeItems(5);
        line.emulator.noiseBytesBeforeAnswers(7);

        assertThat(line.reader.inventory()).containsExactlyInAnyOrderElementsOf(expected);
        for (String uid : expected) {
            assertThat(TagCodec.decode(line.reader.read(uid).memory()).tag()).isPresent();
        }
    }

    @Test
    void aSilentReaderIsUnhealthy() {
        line.pad.broken(true);
        assertThat(line.reader.health().usable()).isFalse();
        assertThat(line.reader.health().detail()).contains("did not answer");
    }

    private List<String> placeItems(int count) {
        List<String> uids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            SimTag tag = DemoTags.tagFor(String.valueOf(30000100 + i));
            line.pad.place(tag);
            uids.add(tag.uid());
        }
        return uids;
    }
}
