package org.pustaka.hardware.card.pcsc;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the first text record (NFC Forum well-known type "T") in an NDEF message and returns its text.
 * Pure: any bytes give a text or empty, never an exception. Record layout (NFC Forum NDEF 1.0): a header
 * byte (MB, ME, CF, SR, IL, 3-bit TNF), the type length, the payload length (1 byte when SR, else 4), the
 * id length when IL, then type, id and payload. A text payload starts with a status byte (bit 7 UTF-16,
 * bits 0-5 the length of the language code), the language code, then the text.
 */
public final class NdefText {
    private static final int TNF_WELL_KNOWN = 1;

    private NdefText() {
    }

    public static Optional<String> firstText(byte[] message) {
        int i = 0;
        while (i + 3 <= message.length) {
            int header = message[i] & 0xFF;
            boolean shortRecord = (header & 0x10) != 0;
            boolean hasId = (header & 0x08) != 0;
            int tnf = header & 0x07;
            int typeLength = message[i + 1] & 0xFF;
            int p = i + 2;
            long payloadLength;
            if (shortRecord) {
                payloadLength = message[p] & 0xFF;
                p += 1;
            } else {
                if (p + 4 > message.length) {
                    return Optional.empty();
                }
                payloadLength = ((long) (message[p] & 0xFF) << 24) | ((message[p + 1] & 0xFF) << 16)
                        | ((message[p + 2] & 0xFF) << 8) | (message[p + 3] & 0xFF);
                p += 4;
            }
            int idLength = 0;
            if (hasId) {
                if (p >= message.length) {
                    return Optional.empty();
                }
                idLength = message[p] & 0xFF;
                p += 1;
            }
            long payloadStart = (long) p + typeLength + idLength;
            long end = payloadStart + payloadLength;
            if (end > message.length) {
                return Optional.empty();
            }
            if (tnf == TNF_WELL_KNOWN && typeLength == 1 && message[p] == 'T') {
                return text(message, (int) payloadStart, (int) end);
            }
            if ((header & 0x40) != 0) {
                return Optional.empty();
            }
            i = (int) end;
        }
        return Optional.empty();
    }

    private static Optional<String> text(byte[] message, int start, int end) {
        if (start >= end) {
            return Optional.empty();
        }
        int status = message[start] & 0xFF;
        int languageLength = status & 0x3F;
        int textStart = start + 1 + languageLength;
        if (textStart > end) {
            return Optional.empty();
        }
        String text = new String(message, textStart, end - textStart,
                (status & 0x80) != 0 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8).trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A one-record NDEF message with a text record, for simulators and tests. */
    public static byte[] message(String language, String text) {
        byte[] lang = language.getBytes(StandardCharsets.US_ASCII);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        int payload = 1 + lang.length + body.length;
        if (payload > 255 || lang.length > 63) {
            throw new IllegalArgumentException("A short text record holds at most 255 bytes.");
        }
        byte[] out = new byte[4 + payload];
        out[0] = (byte) 0xD1;
        out[1] = 1;
        out[2] = (byte) payload;
        out[3] = 'T';
        out[4] = (byte) lang.length;
        System.arraycopy(lang, 0, out, 5, lang.length);
        System.arraycopy(body, 0, out, 5 + lang.length, body.length);
        return out;
    }
}
