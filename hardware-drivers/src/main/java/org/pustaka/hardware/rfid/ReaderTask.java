package org.pustaka.hardware.rfid;

import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.RfidReader;

/** Work done with the reader while nobody else uses it (see {@link ReaderAccess#exclusive(ReaderTask)}). */
@FunctionalInterface
public interface ReaderTask<T> {
    T run(RfidReader reader) throws DeviceException;
}
