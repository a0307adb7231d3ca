package org.pustaka.hardware.tag;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class TagCodecPropertiesTest {

    @Property(tries = 2000)
    void encodeThenDecodeGivesTheSameFields(@ForAll("tags") LibraryTag tag, @ForAll boolean longTag) {
        int size = longTag ? 36 : 32;
        LibraryTag read = TagCodec.decode(TagCodec.encode(tag, size)).tag().orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("crc").isEqualTo(tag);
    }

    @Property(tries = 2000)
    void reversedBlocksDecodeToTheSameFields(@ForAll("tags") LibraryTag tag) {
        byte[] memory = TagCodec.reverseBlocks(TagCodec.encode(tag, 32));
        LibraryTag read = TagCodec.decode(memory).tag().orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("crc", "blockOrder").isEqualTo(tag);
        boolean symmetric = java.util.Arrays.equals(memory, TagCodec.encode(tag, 32));
        assertThat(read.blockOrder()).isEqualTo(symmetric ? BlockOrder.NORMAL : BlockOrder.REVERSED);
    }

    @Property(tries = 10_000)
    void randomBytesNeverCrashTheDecoder(@ForAll @Size(max = 64) byte[] memory) {
        TagDecodeResult result = TagCodec.decode(memory);
        assertThat(result).isNotNull();
        assertThat(result.message()).isNotBlank();
    }

    /** One changed byte anywhere is caught by the CRC: never decoded as a tag with other fields. */
    @Property(tries = 10_000)
    void aCorruptedTagIsNeverDecodedWithOtherFields(@ForAll("tags") LibraryTag tag,
                                                    @ForAll @net.jqwik.api.constraints.IntRange(max = 31) int position,
                                                    @ForAll byte value) {
        byte[] memory = TagCodec.encode(tag, 32);
        boolean changed = memory[position] != value;
        memory[position] = value;
        TagDecodeResult result = TagCodec.decode(memory);
        assertThat(result.message()).isNotBlank();
        if (changed) {
            assertThat(result).isNotInstanceOf(TagDecodeResult.Decoded.class);
        } else {
            assertThat(result.tag().orElseThrow()).usingRecursiveComparison().ignoringFields("crc").isEqualTo(tag);
        }
    }

    @Provide
    Arbitrary<LibraryTag> tags() {
        Arbitrary<String> itemId = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(16);
        Arbitrary<Integer> usage = Arbitraries.integers().between(0, 15);
        Arbitrary<Integer> parts = Arbitraries.integers().between(1, 255);
        Arbitrary<String> country = Arbitraries.of("ID", "DE", "DK", "NL", "");
        Arbitrary<String> isil = Arbitraries.strings().withCharRange('!', '~').ofMaxLength(9);
        return Combinators.combine(itemId, usage, parts, country, isil)
                .flatAs((id, u, p, c, i) -> Arbitraries.integers().between(1, p)
                        .map(part -> LibraryTag.of(id, u, p, part, c, i)));
    }
}
