package org.pustaka.hardware.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TagCrcTest {

    @Test
    void matchesTheCcittFalseCheckValue() {
        assertThat(TagCrc.crc16("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x29B1);
    }

    @Test
    void matchesTheSecondPublishedCheckValue() {
        assertThat(TagCrc.crc16("RFID tag data model".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x1AEE);
    }

    @Test
    void emptyInputGivesThePreset() {
        assertThat(TagCrc.crc16(new byte[0])).isEqualTo(0xFFFF);
    }

    @Test
    void basicBlockCrcOfThePublishedVectorIsTheStoredOne() {
        byte[] tag = HexFormat.of().parseHex(TagCodecTest.PUBLISHED_VECTOR);
        assertThat(TagCrc.basicBlockCrc(tag)).isEqualTo(0x3E51);
    }

    @Test
    void basicBlockCrcSkipsTheCrcBytesAndTreatsMissingBytesAsZero() {
        byte[] tag = HexFormat.of().parseHex(TagCodecTest.PUBLISHED_VECTOR);
        byte[] otherCrc = tag.clone();
        otherCrc[19] = 0x12;
        otherCrc[20] = 0x34;
        byte[] longer = java.util.Arrays.copyOf(tag, 34);
        assertThat(TagCrc.basicBlockCrc(otherCrc)).isEqualTo(0x3E51);
        assertThat(TagCrc.basicBlockCrc(longer)).isEqualTo(0x3E51);
    }
}
