package org.pustaka.hardware.api;

import java.util.function.Consumer;

/**
 * Reads library cards: a barcode scanner, or the RFID pad seeing a patron card. The listener is called
 * on the scanner's own thread with the card number as printed on the card; the receiver moves it to
 * wherever it is needed. One listener at a time; {@link #stop()} detaches it.
 */
public interface CardScanner extends AutoCloseable {

    void start(Consumer<String> onCard);

    void stop();

    @Override
    default void close() {
        stop();
    }
}
