package org.pustaka.hardware.rfid;

import org.pustaka.hardware.api.DeviceException;

/**
 * Receives the reader watch's events, on the watch's own thread, one at a time and in order. Keep the
 * work short or hand it to another executor (never block waiting for the Swing thread); a listener may
 * call {@link ReaderWatch#exclusive(ReaderTask)}. Every method does nothing unless overridden.
 */
public interface TagListener {

    default void tagArrived(TagArrived event) {
    }

    default void tagLeft(TagLeft event) {
    }

    /** A tag is in the field but could not be read; the watch keeps trying while it stays. */
    default void tagUnreadable(String uid, DeviceException cause) {
    }

    /** The reader stopped answering; tags are not counted as gone while it fails. */
    default void readerFailed(DeviceException cause) {
    }

    /** The reader answers again after {@link #readerFailed(DeviceException)}. */
    default void readerRecovered() {
    }
}
