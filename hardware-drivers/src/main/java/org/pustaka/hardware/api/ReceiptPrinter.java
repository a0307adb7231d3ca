package org.pustaka.hardware.api;

/**
 * The thermal receipt printer. {@link #print} blocks until the bytes are handed to the printer (not
 * until paper comes out: printers do not say); call it from a device executor, never the Swing event
 * thread. Check {@link #status()} before offering a printed receipt: a kiosk without paper says so
 * before the visitor asks.
 */
public interface ReceiptPrinter extends AutoCloseable {

    /** Current status; {@link PrinterStatus#UNKNOWN} on a one-way link. Never throws. */
    PrinterStatus status();

    /** Prints and cuts. Throws when the printer refuses or the link fails. */
    void print(Receipt receipt) throws DeviceException;

    /** The printer's health, derived from its status. Never throws. */
    DeviceHealth health();

    @Override
    default void close() {
    }
}
