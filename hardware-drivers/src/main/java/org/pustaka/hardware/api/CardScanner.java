package org.pustaka.hardware.api;

import java.util.function.Consumer;

/**
 * Reads library cards: a barcode scanner, the RFID pad seeing a patron card, a contactless card reader.
 * The listener is called on the scanner's own thread with the card number as printed on the card; the
 * receiver moves it to wherever it is needed. One listener at a time; {@link #stop()} detaches it.
 *
 * <p>{@link #listen} is the richer form: readers that see card UIDs, or problems worth a sentence on the
 * screen (a half scan, two cards, a reader unplugged), report them there; {@link #health()} says how the
 * reader is now, for diagnostics. Neither blocks.
 */
public interface CardScanner extends AutoCloseable {

    void start(Consumer<String> onCard);

    void stop();

    /** Starts delivering cards and problems to {@code listener}; by default only card numbers. */
    default void listen(CardListener listener) {
        start(number -> listener.card(CardRead.number("card", number)));
    }

    /** The reader's state now. */
    default DeviceHealth health() {
        return DeviceHealth.ok("card");
    }

    @Override
    default void close() {
        stop();
    }
}
