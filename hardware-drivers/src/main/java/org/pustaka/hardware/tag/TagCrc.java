package org.pustaka.hardware.tag;

/**
 * The CRC of the ISO 28560-3 basic block: CRC-16 with polynomial 0x1021, preset 0xFFFF, no bit
 * reflection and no final XOR (often called CRC-16/CCITT-FALSE; check value 0x29B1 for "123456789").
 * The basic block's CRC covers bytes 0-18 and 21-33, skipping the two CRC bytes; on a 32-byte tag the
 * missing bytes 32-33 count as zero.
 */
public final class TagCrc {
    private static final int POLYNOMIAL = 0x1021;
    private static final int PRESET = 0xFFFF;

    private TagCrc() {
    }

    /** The CRC of {@code length} bytes of {@code data} from {@code offset}. */
    public static int crc16(byte[] data, int offset, int length) {
        return update(PRESET, data, offset, length);
    }

    public static int crc16(byte[] data) {
        return crc16(data, 0, data.length);
    }

    /**
     * The CRC a basic block should carry. Reads bytes 0-18 and 21-33 of {@code block}; bytes beyond its
     * end count as zero, so a 32-byte tag and its 34-byte form give the same CRC.
     */
    public static int basicBlockCrc(byte[] block) {
        byte[] covered = new byte[TagLayout.CRC_OFFSET + (TagLayout.BASIC_BLOCK_SIZE - TagLayout.COUNTRY_OFFSET)];
        System.arraycopy(block, 0, covered, 0, Math.min(block.length, TagLayout.CRC_OFFSET));
        int tail = Math.min(block.length, TagLayout.BASIC_BLOCK_SIZE) - TagLayout.COUNTRY_OFFSET;
        if (tail > 0) {
            System.arraycopy(block, TagLayout.COUNTRY_OFFSET, covered, TagLayout.CRC_OFFSET, tail);
        }
        return crc16(covered);
    }

    private static int update(int crc, byte[] data, int offset, int length) {
        int value = crc;
        for (int i = offset; i < offset + length; i++) {
            value ^= (data[i] & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                value = (value & 0x8000) != 0 ? (value << 1) ^ POLYNOMIAL : value << 1;
            }
            value &= 0xFFFF;
        }
        return value;
    }
}
