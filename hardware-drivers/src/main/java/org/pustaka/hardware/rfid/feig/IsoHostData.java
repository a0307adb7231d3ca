package org.pustaka.hardware.rfid.feig;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The data parts of command 0xB0, both directions, as laid out in FEIG's ID ISC manuals. UIDs travel as
 * 8 bytes, most significant first (the reader sends multi-byte values MSB first in ISO-host mode), so
 * their hex text reads like the UID printed on a tag ({@code E004...}).
 *
 * <pre>
 * inventory       req 01 MODE                      resp DATA-SETS {TR-TYPE DSFID UID[8]}*
 * AFI inventory   req 01 MODE|10 AFI               resp as inventory, only tags with that AFI
 * system info     req 2B 01 UID[8]                 resp DSFID UID[8] AFI MEM-SIZE[2] IC-REF
 * read blocks     req 23 01 UID[8] DB-ADR DB-N     resp DB-N DB-SIZE {SEC-STATUS DB[DB-SIZE]}*
 * write blocks    req 24 01 UID[8] DB-ADR DB-N DB-SIZE DB[DB-N*DB-SIZE]
 * write AFI       req 27 01 UID[8] AFI
 * status 0x95     resp ISO-ERROR ...
 * </pre>
 */
public final class IsoHostData {
    public static final int UID_LENGTH = 8;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private IsoHostData() {
    }

    /** One tag from an inventory answer. */
    public record InventoryEntry(int transponderType, int dsfid, String uid) {
    }

    /** The answer to get system information. */
    public record SystemInfo(int dsfid, String uid, int afi, int blockCount, int blockSize, int icReference) {
    }

    public static byte[] inventory(boolean more) {
        return new byte[] {(byte) IsoHostCommand.INVENTORY.code(),
            (byte) (more ? IsoHostCommand.MODE_MORE : IsoHostCommand.MODE_NEW_INVENTORY)};
    }

    /** An inventory that only tags whose AFI equals {@code afi} answer (ISO 15693 AFI flag). */
    public static byte[] inventoryWithAfi(boolean more, int afi) {
        return new byte[] {(byte) IsoHostCommand.INVENTORY.code(),
            (byte) ((more ? IsoHostCommand.MODE_MORE : IsoHostCommand.MODE_NEW_INVENTORY) | IsoHostCommand.MODE_AFI),
            (byte) afi};
    }

    public static byte[] systemInfo(String uid) {
        return addressed(IsoHostCommand.GET_SYSTEM_INFORMATION, uid);
    }

    public static byte[] readBlocks(String uid, int firstBlock, int blockCount) {
        return concat(addressed(IsoHostCommand.READ_MULTIPLE_BLOCKS, uid),
                new byte[] {(byte) firstBlock, (byte) blockCount});
    }

    public static byte[] writeBlocks(String uid, int firstBlock, int blockSize, byte[] data) {
        return concat(addressed(IsoHostCommand.WRITE_MULTIPLE_BLOCKS, uid),
                new byte[] {(byte) firstBlock, (byte) (data.length / blockSize), (byte) blockSize}, data);
    }

    public static byte[] writeAfi(String uid, int afi) {
        return concat(addressed(IsoHostCommand.WRITE_AFI, uid), new byte[] {(byte) afi});
    }

    public static List<InventoryEntry> parseInventory(byte[] data) {
        if (data.length == 0) {
            return List.of();
        }
        int sets = data[0] & 0xFF;
        if (data.length < 1 + sets * (2 + UID_LENGTH)) {
            throw new IllegalArgumentException("An inventory answer announces " + sets + " tags but holds only "
                    + data.length + " bytes.");
        }
        List<InventoryEntry> entries = new ArrayList<>(sets);
        for (int i = 0, at = 1; i < sets; i++, at += 2 + UID_LENGTH) {
            entries.add(new InventoryEntry(data[at] & 0xFF, data[at + 1] & 0xFF, uid(data, at + 2)));
        }
        return entries;
    }

    /** MEM-SIZE as ISO 15693 defines it: block size minus one (low 5 bits), then block count minus one. */
    public static SystemInfo parseSystemInfo(byte[] data) {
        if (data.length < 13) {
            throw new IllegalArgumentException("A system information answer needs 13 bytes, got " + data.length + ".");
        }
        return new SystemInfo(data[0] & 0xFF, uid(data, 1), data[9] & 0xFF, (data[11] & 0xFF) + 1,
                (data[10] & 0x1F) + 1, data[12] & 0xFF);
    }

    /** The block bytes of a read answer, in the order the reader sent them, without security status. */
    public static byte[] parseBlocks(byte[] data) {
        if (data.length < 2) {
            throw new IllegalArgumentException("A read answer needs at least 2 bytes, got " + data.length + ".");
        }
        int blocks = data[0] & 0xFF;
        int size = data[1] & 0xFF;
        if (data.length < 2 + blocks * (size + 1)) {
            throw new IllegalArgumentException("A read answer announces " + blocks + " blocks of " + size
                    + " bytes but holds only " + data.length + " bytes.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(blocks * size);
        for (int i = 0, at = 2; i < blocks; i++, at += size + 1) {
            out.write(data, at + 1, size);
        }
        return out.toByteArray();
    }

    public static String uid(byte[] data, int offset) {
        return HEX.formatHex(data, offset, offset + UID_LENGTH);
    }

    public static byte[] uidBytes(String uid) {
        byte[] bytes;
        try {
            bytes = HEX.parseHex(uid);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != UID_LENGTH) {
            throw new IllegalArgumentException("A UID is 16 hex digits, not '" + uid + "'.");
        }
        return bytes;
    }

    private static byte[] addressed(IsoHostCommand command, String uid) {
        return concat(new byte[] {(byte) command.code(), (byte) IsoHostCommand.MODE_ADDRESSED}, uidBytes(uid));
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = Arrays.copyOf(parts[0], length);
        int at = parts[0].length;
        for (int i = 1; i < parts.length; i++) {
            System.arraycopy(parts[i], 0, out, at, parts[i].length);
            at += parts[i].length;
        }
        return out;
    }
}
