package org.pustaka.hardware.sim;

import java.util.Arrays;
import java.util.Objects;

/**
 * A simulated ISO 15693 tag: a UID, an AFI byte and user memory in 4-byte blocks. Mutable, guarded by
 * its own monitor, so the pad, the reader emulator and a test can share one tag.
 */
public final class SimTag {
    public static final int BLOCK_SIZE = 4;

    private final String uid;
    private int afi;
    private final byte[] memory;

    public SimTag(String uid, int afi, byte[] memory) {
        this.uid = Objects.requireNonNull(uid, "uid").toUpperCase();
        if (memory.length % BLOCK_SIZE != 0) {
            throw new IllegalArgumentException("memory must be whole blocks of 4 bytes, got " + memory.length);
        }
        this.afi = afi & 0xFF;
        this.memory = memory.clone();
    }

    public String uid() {
        return uid;
    }

    public synchronized int afi() {
        return afi;
    }

    public synchronized void afi(int value) {
        afi = value & 0xFF;
    }

    public synchronized byte[] memory() {
        return memory.clone();
    }

    public int blockCount() {
        return memory.length / BLOCK_SIZE;
    }

    public synchronized void write(int firstBlock, byte[] data) {
        if (data.length % BLOCK_SIZE != 0) {
            throw new IllegalArgumentException("data must be whole blocks of 4 bytes, got " + data.length);
        }
        int offset = firstBlock * BLOCK_SIZE;
        if (firstBlock < 0 || offset + data.length > memory.length) {
            throw new IllegalArgumentException("blocks " + firstBlock + ".." + (firstBlock + data.length / 4 - 1)
                    + " are outside this tag's " + blockCount() + " blocks");
        }
        System.arraycopy(data, 0, memory, offset, data.length);
    }

    @Override
    public synchronized String toString() {
        return "SimTag[" + uid + ", afi=" + String.format("0x%02X", afi) + ", " + Arrays.toString(memory) + "]";
    }
}
