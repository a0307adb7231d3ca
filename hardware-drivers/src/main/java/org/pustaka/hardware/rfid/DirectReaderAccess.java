package org.pustaka.hardware.rfid;

import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.RfidReader;

/** {@link ReaderAccess} without a watch: one monitor makes callers take turns. */
final class DirectReaderAccess implements ReaderAccess {
    private final RfidReader reader;

    DirectReaderAccess(RfidReader reader) {
        this.reader = reader;
    }

    @Override
    public <T> T exclusive(ReaderTask<T> task) throws DeviceException {
        synchronized (reader) {
            return task.run(reader);
        }
    }
}
