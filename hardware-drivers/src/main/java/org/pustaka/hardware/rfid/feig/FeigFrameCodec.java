package org.pustaka.hardware.rfid.feig;

import java.util.Arrays;

/**
 * Encodes and parses FEIG ISO-host frames. Standard frame: {@code LEN COM-ADR CMD [STATUS] DATA CRC16},
 * where LEN counts every byte of the frame (5 to 255). Frames longer than 255 bytes use the advanced
 * frame {@code STX(0x02) ALENGTH(2 bytes, MSB first) COM-ADR CMD [STATUS] DATA CRC16}. The CRC
 * ({@link FeigCrc}) covers every byte before it and is sent low byte first. Requests carry no STATUS.
 */
public final class FeigFrameCodec {
    static final int STX = 0x02;
    static final int MIN_STANDARD = 5;
    static final int MIN_ADVANCED = 7;
    private static final int MAX_STANDARD = 255;

    private FeigFrameCodec() {
    }

    public static byte[] encode(FeigRequest request) {
        return frame(request.address(), request.command(), -1, request.data());
    }

    public static byte[] encode(FeigResponse response) {
        return frame(response.address(), response.command(), response.status(), response.data());
    }

    /** Parses a complete, CRC-checked frame (as given by {@link FeigFrameScanner}) as a request. */
    public static FeigRequest parseRequest(byte[] frame) {
        int start = headerLength(frame);
        checkLength(frame, start + 2);
        return new FeigRequest(frame[start] & 0xFF, frame[start + 1] & 0xFF,
                Arrays.copyOfRange(frame, start + 2, frame.length - 2));
    }

    /** Parses a complete, CRC-checked frame as a response. */
    public static FeigResponse parseResponse(byte[] frame) {
        int start = headerLength(frame);
        checkLength(frame, start + 3);
        return new FeigResponse(frame[start] & 0xFF, frame[start + 1] & 0xFF, frame[start + 2] & 0xFF,
                Arrays.copyOfRange(frame, start + 3, frame.length - 2));
    }

    private static byte[] frame(int address, int command, int status, byte[] data) {
        int body = 2 + (status >= 0 ? 1 : 0) + data.length;
        boolean advanced = 1 + body + 2 > MAX_STANDARD;
        int header = advanced ? 3 : 1;
        int total = header + body + 2;
        byte[] out = new byte[total];
        if (advanced) {
            out[0] = STX;
            out[1] = (byte) (total >>> 8);
            out[2] = (byte) total;
        } else {
            out[0] = (byte) total;
        }
        int i = header;
        out[i++] = (byte) address;
        out[i++] = (byte) command;
        if (status >= 0) {
            out[i++] = (byte) status;
        }
        System.arraycopy(data, 0, out, i, data.length);
        int crc = FeigCrc.crc16(out, 0, total - 2);
        out[total - 2] = (byte) crc;
        out[total - 1] = (byte) (crc >>> 8);
        return out;
    }

    private static int headerLength(byte[] frame) {
        return (frame[0] & 0xFF) == STX ? 3 : 1;
    }

    private static void checkLength(byte[] frame, int minimum) {
        if (frame.length < minimum + 2) {
            throw new IllegalArgumentException("A FEIG frame of " + frame.length + " bytes is too short.");
        }
    }
}
