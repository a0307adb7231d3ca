package org.pustaka.hardware.api;

import java.util.ArrayList;
import java.util.List;

/**
 * An HF (ISO 15693) reader with the kiosk's pad antenna. Every method blocks the calling thread until
 * the reader answered or its timeout passed, so call it from the reader's own thread (the reader watch)
 * or a device executor, never from the Swing event thread. Implementations are not required to be
 * thread-safe: one caller at a time. Failures are {@link DeviceException}s whose message says what the
 * reader reported; a tag that left the field during a command gives a {@link DeviceException} too.
 */
public interface RfidReader extends AutoCloseable {

    /** UIDs of the tags in the field now (anticollision inventory), in no particular order. */
    List<String> inventory() throws DeviceException;

    /**
     * UIDs of the tags in the field whose AFI is {@code afi}: proves the AFI writes of a whole stack at
     * once. A reader with an AFI-filtered inventory does it in one command; this default reads each
     * tag's AFI, and a tag that does not answer is left out (its AFI is not proven).
     */
    default List<String> inventoryWithAfi(int afi) throws DeviceException {
        List<String> out = new ArrayList<>();
        for (String uid : inventory()) {
            try {
                if (read(uid).afi() == (afi & 0xFF)) {
                    out.add(uid);
                }
            } catch (DeviceException e) {
                // not proven: the caller writes it again or reports it unverified
            }
        }
        return out;
    }

    /** The tag's AFI and its whole user memory. */
    TagRead read(String uid) throws DeviceException;

    /**
     * The tag's user memory without its AFI: for showing what lies on the pad. A reader that already
     * knows the tag's memory size reads it in one command; this default is {@link #read(String)}.
     */
    default byte[] readMemory(String uid) throws DeviceException {
        return read(uid).memory();
    }

    /** Writes the AFI byte. The caller verifies by reading it back; the driver does not. */
    void writeAfi(String uid, int afi) throws DeviceException;

    /** Writes user memory from {@code firstBlock}; {@code data} is a whole number of blocks. */
    void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException;

    /** A quick check that the reader is there and answering. Never throws. */
    DeviceHealth health();

    @Override
    default void close() {
    }
}
