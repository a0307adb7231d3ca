package org.pustaka.hardware.rfid;

import java.util.List;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;

/**
 * The reader as a second caller (a technician's self-test, the tag bench) sees it: every command takes
 * the reader through {@link ReaderAccess#exclusive}, the one way the reader is shared, so it never
 * interleaves bytes with the reader watch on the serial line. Sequences that must not be interleaved
 * with other commands (write then read back) use {@code exclusive} themselves. Closing it leaves the
 * reader open: the reader belongs to whoever opened it.
 */
public final class SharedRfidReader implements RfidReader {
    private final ReaderAccess access;

    public SharedRfidReader(ReaderAccess access) {
        this.access = access;
    }

    @Override
    public List<String> inventory() throws DeviceException {
        return access.exclusive(RfidReader::inventory);
    }

    @Override
    public TagRead read(String uid) throws DeviceException {
        return access.exclusive(reader -> reader.read(uid));
    }

    @Override
    public byte[] readMemory(String uid) throws DeviceException {
        return access.exclusive(reader -> reader.readMemory(uid));
    }

    @Override
    public List<String> inventoryWithAfi(int afi) throws DeviceException {
        return access.exclusive(reader -> reader.inventoryWithAfi(afi));
    }

    @Override
    public void writeAfi(String uid, int afi) throws DeviceException {
        access.exclusive(reader -> {
            reader.writeAfi(uid, afi);
            return null;
        });
    }

    @Override
    public void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException {
        access.exclusive(reader -> {
            reader.writeBlocks(uid, firstBlock, data);
            return null;
        });
    }

    @Override
    public DeviceHealth health() {
        try {
            return access.exclusive(RfidReader::health);
        } catch (DeviceException e) {
            return new DeviceHealth("rfid", DeviceHealth.State.FAILED, e.getMessage());
        }
    }

    @Override
    public void close() {
        // the reader is closed by its owner
    }
}
