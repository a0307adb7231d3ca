package org.pustaka.hardware.printer.escpos;

import java.io.IOException;
import java.time.Duration;

/**
 * The read side of a bidirectional printer link: the next byte the printer sent, waiting at most
 * {@code timeout}. Called by one thread at a time (the printer driver holds its own lock).
 */
@FunctionalInterface
public interface StatusReader {

    /** The next byte (0-255), or -1 when none came within {@code timeout}. Throws when the link failed. */
    int read(Duration timeout) throws IOException;

    /** Throws away bytes that arrived unasked, so a reply is never mistaken for an older one. */
    default void discardPending() throws IOException {
    }
}
