package org.pustaka.hardware.api;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One tag as the reader saw it: its ISO 15693 UID (16 upper-case hex digits, as printed by readers),
 * its AFI byte (0-255) and the user memory it returned, in the order the reader delivered the blocks
 * (some readers reverse the bytes of each block; the tag codec detects that, the reader does not).
 */
public record TagRead(String uid, int afi, byte[] memory) {

    public TagRead {
        Objects.requireNonNull(uid, "uid");
        if (afi < 0 || afi > 0xFF) {
            throw new IllegalArgumentException("AFI must be a byte, got " + afi);
        }
        memory = memory == null ? new byte[0] : memory.clone();
    }

    @Override
    public byte[] memory() {
        return memory.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagRead t && t.uid.equals(uid) && t.afi == afi && Arrays.equals(t.memory, memory);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uid, afi, Arrays.hashCode(memory));
    }

    @Override
    public String toString() {
        return "TagRead[uid=" + uid + ", afi=" + String.format("0x%02X", afi)
                + ", memory=" + HexFormat.of().formatHex(memory) + "]";
    }
}
