package org.pustaka.hardware.rfid;

import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.RfidReader;

/**
 * Shared use of a single-caller {@link RfidReader}. {@link #exclusive(ReaderTask)} blocks the calling
 * thread until the reader is free (with the reader watch running: until its current poll ends, at most
 * one inventory), runs the task on the calling thread and releases the reader, also when the task throws.
 * Never call it from the Swing event thread. Throws what the task throws, or a {@link DeviceException}
 * when interrupted while waiting.
 */
public interface ReaderAccess {

    <T> T exclusive(ReaderTask<T> task) throws DeviceException;

    /** Access to a reader that no watch polls: callers simply take turns. */
    static ReaderAccess direct(RfidReader reader) {
        return new DirectReaderAccess(reader);
    }
}
