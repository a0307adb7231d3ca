package org.pustaka.hardware.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TagCodecTest {
    static final String PUBLISHED_VECTOR = "11010131313232333334340000000000000000513e4445373035000000000000";

    @Test
    void blankMemoryIsAllZerosOrAllOnesInTheFirst32Bytes() {
        assertThat(TagCodec.isBlank(new byte[32])).isTrue();
        byte[] ones = new byte[34];
        Arrays.fill(ones, (byte) 0xFF);
        assertThat(TagCodec.isBlank(ones)).isTrue();
        assertThat(TagCodec.isBlank(new byte[16])).as("too short to be a library tag").isFalse();
        byte[] written = TagCodec.encode(LibraryTag.of("30000105", 1, 1, 1, "ID", "MLG01"), 32);
        assertThat(TagCodec.isBlank(written)).isFalse();
        byte[] almost = new byte[32];
        almost[31] = 1;
        assertThat(TagCodec.isBlank(almost)).isFalse();
    }

    @Test
    void decodesThePublishedVector() {
        TagDecodeResult result = TagCodec.decode(HexFormat.of().parseHex(PUBLISHED_VECTOR));

        assertThat(result).isInstanceOf(TagDecodeResult.Decoded.class);
        LibraryTag tag = result.tag().orElseThrow();
        assertThat(tag.version()).isEqualTo(1);
        assertThat(tag.typeOfUsage()).isEqualTo(1);
        assertThat(tag.partsInItem()).isEqualTo(1);
        assertThat(tag.partNumber()).isEqualTo(1);
        assertThat(tag.itemId()).isEqualTo("11223344");
        assertThat(tag.crc()).isEqualTo(0x3E51);
        assertThat(tag.country()).isEqualTo("DE");
        assertThat(tag.isil()).isEqualTo("705");
        assertThat(tag.blockOrder()).isEqualTo(BlockOrder.NORMAL);
    }

    @Test
    void encodingThePublishedFieldsGivesThePublishedBytes() {
        LibraryTag tag = LibraryTag.circulating("11223344", "DE", "705");
        assertThat(HexFormat.of().formatHex(TagCodec.encode(tag, 32))).isEqualTo(PUBLISHED_VECTOR);
    }

    @Test
    void decodesReversedBlocksAndSaysSo() {
        byte[] reversed = TagCodec.reverseBlocks(HexFormat.of().parseHex(PUBLISHED_VECTOR));
        assertThat(HexFormat.of().formatHex(reversed)).startsWith("31010111");

        LibraryTag tag = TagCodec.decode(reversed).tag().orElseThrow();

        assertThat(tag.itemId()).isEqualTo("11223344");
        assertThat(tag.isil()).isEqualTo("705");
        assertThat(tag.blockOrder()).isEqualTo(BlockOrder.REVERSED);
    }

    /** Read as delivered, this reversed tag's bytes happen to carry a matching CRC with version 3. */
    @Test
    void aReversedTagWhoseBytesAlsoPassTheCrcAsDeliveredStillDecodes() {
        LibraryTag written = LibraryTag.of("39327727", 1, 1, 1, "ID", "JTM-MLG");
        byte[] reversed = TagCodec.reverseBlocks(TagCodec.encode(written, 32));
        int storedAsDelivered = (reversed[19] & 0xFF) | (reversed[20] & 0xFF) << 8;
        assertThat(storedAsDelivered).isEqualTo(TagCrc.basicBlockCrc(reversed));
        assertThat(reversed[0] >>> 4 & 0x0F).isEqualTo(3);

        LibraryTag read = TagCodec.decode(reversed).tag().orElseThrow();

        assertThat(read.itemId()).isEqualTo("39327727");
        assertThat(read.blockOrder()).isEqualTo(BlockOrder.REVERSED);
    }

    @Test
    void reversedLongTagKeepsItsPartialBlockAndDecodes() {
        LibraryTag written = LibraryTag.of("3000010512345678", 1, 2, 2, "ID", "ID-MLG0001");
        byte[] memory = TagCodec.encode(written, 36);

        LibraryTag read = TagCodec.decode(TagCodec.reverseBlocks(memory)).tag().orElseThrow();

        assertThat(read.itemId()).isEqualTo("3000010512345678");
        assertThat(read.isil()).isEqualTo("ID-MLG0001");
        assertThat(read.blockOrder()).isEqualTo(BlockOrder.REVERSED);
    }

    @Test
    void allSixteenItemIdBytesAreUsable() {
        byte[] memory = TagCodec.encode(LibraryTag.circulating("ABCDEFGHIJKLMNOP", "ID", "MLG01"), 32);
        assertThat(TagCodec.decode(memory).tag().orElseThrow().itemId()).isEqualTo("ABCDEFGHIJKLMNOP");
    }

    @Test
    void thirtyFourByteTagHoldsAnElevenCharacterIsil() {
        LibraryTag tag = LibraryTag.of("30000105", 1, 2, 1, "ID", "ID-MLG00001");
        byte[] memory = TagCodec.encode(tag, 34);
        assertThat(memory).hasSize(34);
        assertThat(TagCodec.decode(memory).tag().orElseThrow().isil()).isEqualTo("ID-MLG00001");
        assertThatThrownBy(() -> TagCodec.encode(tag, 32)).hasMessageContaining("ISIL");
    }

    @Test
    void aTagFromAnotherLibraryWithValidCrcDecodes() {
        byte[] memory = TagCodec.encode(LibraryTag.of("0471-2233", 2, 3, 3, "NL", "NL-AsdOBA"), 32);
        LibraryTag tag = TagCodec.decode(memory).tag().orElseThrow();
        assertThat(tag.country()).isEqualTo("NL");
        assertThat(tag.partsInItem()).isEqualTo(3);
        assertThat(tag.usage().mayCheckOut()).isFalse();
    }

    @Test
    void damagedDataIsACrcMismatchWithTheFieldsAsRead() {
        byte[] memory = HexFormat.of().parseHex(PUBLISHED_VECTOR);
        memory[5] = '9';

        TagDecodeResult result = TagCodec.decode(memory);

        assertThat(result).isInstanceOf(TagDecodeResult.CrcMismatch.class);
        TagDecodeResult.CrcMismatch mismatch = (TagDecodeResult.CrcMismatch) result;
        assertThat(mismatch.asRead().itemId()).isEqualTo("11923344");
        assertThat(mismatch.asRead().crc()).isEqualTo(0x3E51);
        assertThat(mismatch.computedCrc()).isNotEqualTo(0x3E51);
        assertThat(result.tag()).isEmpty();
        assertThat(result.message()).contains("check sum");
    }

    @Test
    void anotherVersionWithValidCrcIsUnsupported() {
        byte[] memory = HexFormat.of().parseHex(PUBLISHED_VECTOR);
        memory[0] = 0x21;
        int crc = TagCrc.basicBlockCrc(memory);
        memory[19] = (byte) crc;
        memory[20] = (byte) (crc >> 8);

        TagDecodeResult result = TagCodec.decode(memory);

        assertThat(result).isEqualTo(new TagDecodeResult.UnsupportedVersion(2, BlockOrder.NORMAL));
    }

    @Test
    void blankAndForeignDataAreNotLibraryTags() {
        assertThat(TagCodec.decode(new byte[32])).isInstanceOf(TagDecodeResult.NotLibraryTag.class);
        byte[] ones = new byte[40];
        Arrays.fill(ones, (byte) 0xFF);
        assertThat(TagCodec.decode(ones)).isInstanceOf(TagDecodeResult.NotLibraryTag.class);
        byte[] foreign = "This tag holds another model....".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(TagCodec.decode(foreign)).isInstanceOf(TagDecodeResult.NotLibraryTag.class);
    }

    @Test
    void shortDataIsTooShort() {
        assertThat(TagCodec.decode(new byte[31])).isEqualTo(new TagDecodeResult.TooShort(31));
        assertThat(TagCodec.decode(null)).isEqualTo(new TagDecodeResult.TooShort(0));
    }

    @Test
    void decodeOrThrowCarriesTheFailure() {
        assertThatThrownBy(() -> TagCodec.decodeOrThrow(new byte[8]))
                .isInstanceOf(TagDataException.class)
                .satisfies(e -> assertThat(((TagDataException) e).result())
                        .isInstanceOf(TagDecodeResult.TooShort.class));
    }

    @Test
    void encodeRefusesFieldsThatDoNotFit() {
        assertThatThrownBy(() -> TagCodec.encode(LibraryTag.circulating("", "ID", "MLG01"), 32))
                .hasMessageContaining("item id");
        assertThatThrownBy(() -> TagCodec.encode(LibraryTag.circulating("12345678901234567", "ID", ""), 32))
                .hasMessageContaining("item id");
        assertThatThrownBy(() -> TagCodec.encode(LibraryTag.circulating("1", "Indonesia", ""), 32))
                .hasMessageContaining("country");
        assertThatThrownBy(() -> TagCodec.encode(LibraryTag.of("1", 1, 2, 3, "ID", ""), 32))
                .hasMessageContaining("part number");
        assertThatThrownBy(() -> TagCodec.encode(LibraryTag.of("1", 16, 1, 1, "ID", ""), 32))
                .hasMessageContaining("type of usage");
        assertThatThrownBy(() -> TagCodec.encode(LibraryTag.circulating("1", "ID", ""), 33))
                .hasMessageContaining("size");
    }

    @Test
    void reverseBlocksTwiceIsTheIdentity() {
        byte[] memory = HexFormat.of().parseHex(PUBLISHED_VECTOR + "abcd");
        assertThat(TagCodec.reverseBlocks(TagCodec.reverseBlocks(memory))).isEqualTo(memory);
    }

    @Test
    void offlineRulesFollowTheTypeOfUsage() {
        assertThat(TypeOfUsage.of(1).forbidsOfflineIssue()).isFalse();
        assertThat(TypeOfUsage.of(1).forbidsOfflineReturn()).isFalse();
        assertThat(TypeOfUsage.of(2).forbidsOfflineIssue()).isTrue();
        assertThat(TypeOfUsage.of(2).forbidsOfflineReturn()).isFalse();
        assertThat(TypeOfUsage.of(5).forbidsOfflineIssue()).isTrue();
        assertThat(TypeOfUsage.of(5).forbidsOfflineReturn()).isTrue();
        assertThat(TypeOfUsage.of(5).mayCheckOut()).isTrue();
        assertThat(TypeOfUsage.of(7).mayCheckIn()).isFalse();
        assertThat(TypeOfUsage.of(8).patronCard()).isTrue();
    }
}
