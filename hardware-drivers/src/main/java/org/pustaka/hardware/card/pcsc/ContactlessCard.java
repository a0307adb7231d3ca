package org.pustaka.hardware.card.pcsc;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What the kiosk reads from a contactless card through a PC/SC reader, as APDUs: the card's UID with the
 * PC/SC "get data" pseudo-APDU ({@code FF CA 00 00 00}, answered by the reader for any ISO 14443 card),
 * and a member number from an NDEF text record on an NFC Forum Type 4 tag (select the NDEF application
 * {@code D2760000850101}, read the capability container {@code E103} for the NDEF file's id, read its
 * length and then the message). Transport-free, so the same code runs over javax.smartcardio and tests.
 */
public final class ContactlessCard {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final byte[] GET_UID = {(byte) 0xFF, (byte) 0xCA, 0, 0, 0};
    private static final byte[] NDEF_APP = HEX.parseHex("D2760000850101");

    /** Sends one command APDU and returns the whole response APDU (data and SW1 SW2). */
    @FunctionalInterface
    public interface Transmit {
        byte[] apdu(byte[] command) throws IOException;
    }

    private final Transmit transmit;

    public ContactlessCard(Transmit transmit) {
        this.transmit = transmit;
    }

    /** The UID in upper-case hex, empty when the reader answers no UID. */
    public Optional<String> uid() throws IOException {
        byte[] data = dataIfOk(transmit.apdu(GET_UID));
        return data == null || data.length == 0 ? Optional.empty() : Optional.of(HEX.formatHex(data));
    }

    /** The text of the first NDEF text record, empty when the card has no NDEF application or no text. */
    public Optional<String> ndefText() throws IOException {
        byte[] selectApp = concat(new byte[] {0, (byte) 0xA4, 4, 0, (byte) NDEF_APP.length}, NDEF_APP, new byte[] {0});
        if (dataIfOk(transmit.apdu(selectApp)) == null || !selectFile(0xE103)) {
            return Optional.empty();
        }
        byte[] cc = read(0, 15);
        if (cc == null || cc.length < 15 || cc[7] != 0x04) {
            return Optional.empty();
        }
        int fileId = ((cc[9] & 0xFF) << 8) | (cc[10] & 0xFF);
        if (!selectFile(fileId)) {
            return Optional.empty();
        }
        byte[] nlen = read(0, 2);
        if (nlen == null || nlen.length < 2) {
            return Optional.empty();
        }
        int length = ((nlen[0] & 0xFF) << 8) | (nlen[1] & 0xFF);
        if (length == 0 || length > 1024) {
            return Optional.empty();
        }
        byte[] message = new byte[length];
        int done = 0;
        while (done < length) {
            byte[] part = read(2 + done, Math.min(250, length - done));
            if (part == null || part.length == 0) {
                return Optional.empty();
            }
            System.arraycopy(part, 0, message, done, Math.min(part.length, length - done));
            done += part.length;
        }
        return NdefText.firstText(message);
    }

    private boolean selectFile(int id) throws IOException {
        return dataIfOk(transmit.apdu(new byte[] {0, (byte) 0xA4, 0, 0x0C, 2, (byte) (id >> 8), (byte) id})) != null;
    }

    private byte[] read(int offset, int length) throws IOException {
        return dataIfOk(transmit.apdu(new byte[] {0, (byte) 0xB0, (byte) (offset >> 8), (byte) offset, (byte) length}));
    }

    /** The data of a response ending in 90 00, or null for any other status. */
    private static byte[] dataIfOk(byte[] response) {
        int n = response.length;
        if (n < 2 || response[n - 2] != (byte) 0x90 || response[n - 1] != 0) {
            return null;
        }
        return Arrays.copyOf(response, n - 2);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
