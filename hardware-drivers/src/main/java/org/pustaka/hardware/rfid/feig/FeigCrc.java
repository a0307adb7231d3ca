package org.pustaka.hardware.rfid.feig;

/**
 * The CRC of FEIG ISO-host frames: CRC-16 over all frame bytes before the CRC, reflected polynomial
 * 0x8408, preset 0xFFFF, no final XOR (also known as CRC-16/MCRF4XX; check value 0x6F91 for
 * "123456789"). It is sent low byte first.
 */
public final class FeigCrc {
    private static final int POLYNOMIAL = 0x8408;
    private static final int PRESET = 0xFFFF;

    private FeigCrc() {
    }

    public static int crc16(byte[] data, int offset, int length) {
        int crc = PRESET;
        for (int i = offset; i < offset + length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
            }
        }
        return crc;
    }
}
