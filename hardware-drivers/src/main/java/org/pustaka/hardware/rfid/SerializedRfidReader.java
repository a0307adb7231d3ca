package org.pustaka.hardware.rfid;

import java.util.List;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;

/**
 * A reader that more than one caller may use: every command runs alone, under this object's lock, so a
 * technician's self-test and the reader watch never interleave bytes on the serial line. Sequences that
 * must not be interleaved with other commands (write then read back) still go through
 * {@link ReaderWatch#exclusive}.
 */
public final class SerializedRfidReader implements RfidReader {
    private final RfidReader reader;

    public SerializedRfidReader(RfidReader reader) {
        this.reader = reader;
    }

    @Override
    public synchronized List<String> inventory() throws DeviceException {
        return reader.inventory();
    }

    @Override
    public synchronized TagRead read(String uid) throws DeviceException {
        return reader.read(uid);
    }

    @Override
    public synchronized void writeAfi(String uid, int afi) throws DeviceException {
        reader.writeAfi(uid, afi);
    }

    @Override
    public synchronized void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException {
        reader.writeBlocks(uid, firstBlock, data);
    }

    @Override
    public synchronized DeviceHealth health() {
        return reader.health();
    }

    @Override
    public synchronized void close() {
        reader.close();
    }
}
