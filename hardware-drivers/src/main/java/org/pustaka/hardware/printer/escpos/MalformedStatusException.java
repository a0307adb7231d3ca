package org.pustaka.hardware.printer.escpos;

/**
 * A status reply that is not an ESC/POS real-time status byte: wrong fixed bits (the link carries
 * something else, or the printer speaks another dialect) or the wrong number of replies.
 */
public class MalformedStatusException extends Exception {
    public MalformedStatusException(String message) {
        super(message);
    }
}
