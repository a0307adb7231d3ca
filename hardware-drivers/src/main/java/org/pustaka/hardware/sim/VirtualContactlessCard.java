package org.pustaka.hardware.sim;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;
import java.util.HexFormat;
import org.pustaka.hardware.card.pcsc.NdefText;

/**
 * A contactless library card for the virtual PC/SC reader of vsmartcard ({@code vpcd}, a pcscd driver):
 * the card connects to vpcd's port and is then "in the field" for every PC/SC program until
 * {@link #close()} takes it away. It answers the PC/SC UID request ({@code FF CA 00 00 00}) with its UID
 * and, when it carries a member number, serves it as an NDEF text record on an NFC Forum Type 4 tag.
 *
 * <p>vpcd's protocol: each message is a 2-byte big-endian length and the payload; a 1-byte payload is a
 * control code (0 power off, 1 power on, 2 reset, 4 send the ATR); anything longer is a command APDU,
 * answered with a response APDU. One daemon thread {@code virtual-card} serves the connection.
 */
public final class VirtualContactlessCard implements AutoCloseable {
    /** vpcd's default port (reader 0), from {@code /etc/reader.conf.d/vpcd}. */
    public static final int VPCD_PORT = 0x8C7B;
    private static final byte[] ATR = HexFormat.of().parseHex("3B8180018080");
    private static final byte[] OK = {(byte) 0x90, 0};
    private static final byte[] NOT_FOUND = {0x6A, (byte) 0x82};
    private static final byte[] NOT_SUPPORTED = {0x6D, 0};
    private static final int NDEF_FILE = 0xE104;

    private final byte[] uid;
    private final byte[] ndefFile;
    private final Socket socket;
    private int selected = -1;
    private boolean appSelected;

    private VirtualContactlessCard(String uidHex, String memberNumber, Socket socket) {
        this.uid = HexFormat.of().parseHex(uidHex);
        byte[] message = memberNumber == null ? new byte[0] : NdefText.message("id", memberNumber);
        this.ndefFile = new byte[message.length + 2];
        ndefFile[0] = (byte) (message.length >> 8);
        ndefFile[1] = (byte) message.length;
        System.arraycopy(message, 0, ndefFile, 2, message.length);
        this.socket = socket;
    }

    /**
     * Puts a card with {@code uidHex} (and, unless null, a member number in an NDEF text record) on the
     * virtual reader at {@code host:port}. Throws when vpcd is not listening (pcscd not running).
     */
    public static VirtualContactlessCard insert(String host, int port, String uidHex, String memberNumber) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(host, port), 2_000);
        VirtualContactlessCard card = new VirtualContactlessCard(uidHex, memberNumber, s);
        Thread t = new Thread(card::serve, "virtual-card");
        t.setDaemon(true);
        t.start();
        return card;
    }

    private void serve() {
        try (DataInputStream in = new DataInputStream(socket.getInputStream());
             DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
            while (true) {
                int length = in.readUnsignedShort();
                byte[] message = in.readNBytes(length);
                if (message.length != length) {
                    return;
                }
                if (length == 1) {
                    if (message[0] == 4) {
                        send(out, ATR);
                    }
                } else if (length > 1) {
                    send(out, answer(message));
                }
            }
        } catch (IOException e) {
            // the card was taken away or vpcd stopped: nothing more to serve
        }
    }

    private static void send(DataOutputStream out, byte[] data) throws IOException {
        out.writeShort(data.length);
        out.write(data);
        out.flush();
    }

    private byte[] answer(byte[] apdu) {
        int cla = apdu[0] & 0xFF;
        int ins = apdu[1] & 0xFF;
        if (cla == 0xFF && ins == 0xCA) {
            return concat(uid, OK);
        }
        if (ins == 0xA4 && apdu.length >= 5) {
            byte[] data = Arrays.copyOfRange(apdu, 5, Math.min(apdu.length, 5 + (apdu[4] & 0xFF)));
            if ((apdu[2] & 0xFF) == 4) {
                appSelected = ndefFile.length > 2 && HexFormat.of().formatHex(data).equalsIgnoreCase("D2760000850101");
                return appSelected ? OK : NOT_FOUND;
            }
            int id = data.length == 2 ? ((data[0] & 0xFF) << 8) | (data[1] & 0xFF) : -1;
            selected = appSelected && (id == 0xE103 || id == NDEF_FILE) ? id : -1;
            return selected >= 0 ? OK : NOT_FOUND;
        }
        if (ins == 0xB0 && apdu.length >= 5 && selected >= 0) {
            byte[] file = selected == 0xE103 ? capabilityContainer() : ndefFile;
            int offset = ((apdu[2] & 0xFF) << 8) | (apdu[3] & 0xFF);
            int length = apdu[4] & 0xFF;
            if (offset > file.length) {
                return NOT_FOUND;
            }
            return concat(Arrays.copyOfRange(file, offset, Math.min(file.length, offset + length)), OK);
        }
        return NOT_SUPPORTED;
    }

    private byte[] capabilityContainer() {
        return new byte[] {0, 0x0F, 0x20, 0, (byte) 0xFF, 0, (byte) 0xFF, 0x04, 0x06,
            (byte) (NDEF_FILE >> 8), (byte) NDEF_FILE, 0x04, 0, 0, (byte) 0xFF};
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Takes the card out of the field. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket that failed already
        }
    }
}
