package org.pustaka.hardware.tag;

import static org.pustaka.hardware.tag.TagLayout.BASIC_BLOCK_SIZE;
import static org.pustaka.hardware.tag.TagLayout.BLOCK_SIZE;
import static org.pustaka.hardware.tag.TagLayout.COUNTRY_LENGTH;
import static org.pustaka.hardware.tag.TagLayout.COUNTRY_OFFSET;
import static org.pustaka.hardware.tag.TagLayout.CRC_OFFSET;
import static org.pustaka.hardware.tag.TagLayout.ISIL_OFFSET;
import static org.pustaka.hardware.tag.TagLayout.ITEM_ID_LENGTH;
import static org.pustaka.hardware.tag.TagLayout.ITEM_ID_OFFSET;
import static org.pustaka.hardware.tag.TagLayout.PARTS_IN_ITEM;
import static org.pustaka.hardware.tag.TagLayout.PART_NUMBER;
import static org.pustaka.hardware.tag.TagLayout.SHORT_TAG_SIZE;
import static org.pustaka.hardware.tag.TagLayout.SUPPORTED_VERSION;
import static org.pustaka.hardware.tag.TagLayout.VERSION_AND_USAGE;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * ISO 28560-3 (Danish data model) basic block: decode from and encode to a tag's user memory. Pure
 * functions over byte arrays, safe from any thread. Decoding never throws: any input gives a
 * {@link TagDecodeResult}. The block order is found with the CRC: the data is tried as delivered, then
 * with the bytes of every 4-byte block reversed.
 */
public final class TagCodec {

    private TagCodec() {
    }

    public static TagDecodeResult decode(byte[] memory) {
        byte[] data = memory == null ? new byte[0] : memory;
        if (data.length < SHORT_TAG_SIZE) {
            return new TagDecodeResult.TooShort(data.length);
        }
        byte[] normal = basicBlock(data);
        if (blank(normal)) {
            return new TagDecodeResult.NotLibraryTag("the tag is blank.");
        }
        byte[] reversed = basicBlock(reverseBlocks(data));
        // A good version 1 block in either order wins over a CRC that merely happens to match in the other
        // order (one in 65536 reversed tags would otherwise read as an unknown version).
        for (BlockOrder order : BlockOrder.values()) {
            byte[] block = order == BlockOrder.NORMAL ? normal : reversed;
            if (crcMatches(block) && version(block) == SUPPORTED_VERSION) {
                return new TagDecodeResult.Decoded(fields(block, order));
            }
        }
        for (BlockOrder order : BlockOrder.values()) {
            byte[] block = order == BlockOrder.NORMAL ? normal : reversed;
            if (crcMatches(block)) {
                return new TagDecodeResult.UnsupportedVersion(version(block), order);
            }
        }
        if (version(normal) == SUPPORTED_VERSION) {
            return new TagDecodeResult.CrcMismatch(fields(normal, BlockOrder.NORMAL), TagCrc.basicBlockCrc(normal));
        }
        if (version(reversed) == SUPPORTED_VERSION) {
            return new TagDecodeResult.CrcMismatch(fields(reversed, BlockOrder.REVERSED),
                    TagCrc.basicBlockCrc(reversed));
        }
        return new TagDecodeResult.NotLibraryTag(
                "neither the data nor its reversed blocks carry a valid version 1 basic block.");
    }

    /** Like {@link #decode(byte[])}, but a tag that is not a good library tag is an exception. */
    public static LibraryTag decodeOrThrow(byte[] memory) throws TagDataException {
        TagDecodeResult result = decode(memory);
        if (result instanceof TagDecodeResult.Decoded decoded) {
            return decoded.libraryTag();
        }
        throw new TagDataException(result);
    }

    /**
     * The basic block for {@code tag} in a memory image of {@code size} bytes: 32 (a small tag; the ISIL
     * holds at most 9 bytes) or 34 and more (the whole basic block, then zeros). The tag's {@code crc} and
     * {@code blockOrder} are ignored: the CRC is computed and the blocks are written in normal order.
     *
     * @throws IllegalArgumentException with a sentence naming the field that does not fit
     */
    public static byte[] encode(LibraryTag tag, int size) {
        if (size != SHORT_TAG_SIZE && size < BASIC_BLOCK_SIZE) {
            throw new IllegalArgumentException("The tag size must be 32 or at least 34 bytes, not " + size + ".");
        }
        TagFieldRules.check(tag, size);
        byte[] out = new byte[size];
        out[VERSION_AND_USAGE] = (byte) ((tag.version() << 4) | tag.typeOfUsage());
        out[PARTS_IN_ITEM] = (byte) tag.partsInItem();
        out[PART_NUMBER] = (byte) tag.partNumber();
        put(out, ITEM_ID_OFFSET, tag.itemId().getBytes(StandardCharsets.UTF_8));
        put(out, COUNTRY_OFFSET, tag.country().getBytes(StandardCharsets.US_ASCII));
        put(out, ISIL_OFFSET, tag.isil().getBytes(StandardCharsets.US_ASCII));
        int crc = TagCrc.basicBlockCrc(out);
        out[CRC_OFFSET] = (byte) crc;
        out[CRC_OFFSET + 1] = (byte) (crc >>> 8);
        return out;
    }

    /**
     * A copy of {@code memory} with the bytes of every whole 4-byte block reversed, as some readers
     * deliver it. A trailing partial block is left as it is. Applying it twice gives the input back.
     */
    public static byte[] reverseBlocks(byte[] memory) {
        byte[] out = memory.clone();
        for (int block = 0; block + BLOCK_SIZE <= out.length; block += BLOCK_SIZE) {
            for (int i = 0; i < BLOCK_SIZE; i++) {
                out[block + i] = memory[block + BLOCK_SIZE - 1 - i];
            }
        }
        return out;
    }

    private static byte[] basicBlock(byte[] data) {
        return Arrays.copyOf(data, Math.min(data.length, BASIC_BLOCK_SIZE));
    }

    /**
     * Whether tag memory is blank: its first 32 bytes (the short tag's basic block) all zeros or all
     * ones, a tag never written or erased. Memory shorter than that is not a blank library tag.
     */
    public static boolean isBlank(byte[] memory) {
        return memory.length >= SHORT_TAG_SIZE && blank(memory);
    }

    private static boolean blank(byte[] block) {
        boolean zeros = true;
        boolean ones = true;
        for (int i = 0; i < SHORT_TAG_SIZE; i++) {
            zeros &= block[i] == 0;
            ones &= block[i] == (byte) 0xFF;
        }
        return zeros || ones;
    }

    private static int version(byte[] block) {
        return (block[VERSION_AND_USAGE] >>> 4) & 0x0F;
    }

    private static boolean crcMatches(byte[] block) {
        return storedCrc(block) == TagCrc.basicBlockCrc(block);
    }

    private static int storedCrc(byte[] block) {
        return (block[CRC_OFFSET] & 0xFF) | (block[CRC_OFFSET + 1] & 0xFF) << 8;
    }

    private static LibraryTag fields(byte[] block, BlockOrder order) {
        return new LibraryTag(
                version(block),
                block[VERSION_AND_USAGE] & 0x0F,
                block[PARTS_IN_ITEM] & 0xFF,
                block[PART_NUMBER] & 0xFF,
                text(block, ITEM_ID_OFFSET, ITEM_ID_LENGTH),
                storedCrc(block),
                text(block, COUNTRY_OFFSET, COUNTRY_LENGTH),
                text(block, ISIL_OFFSET, block.length - ISIL_OFFSET),
                order);
    }

    /** The text of a NUL-padded field: the bytes before the first NUL. */
    private static String text(byte[] block, int offset, int length) {
        int end = offset;
        while (end < offset + length && block[end] != 0) {
            end++;
        }
        return new String(block, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static void put(byte[] out, int offset, byte[] value) {
        System.arraycopy(value, 0, out, offset, value.length);
    }
}
