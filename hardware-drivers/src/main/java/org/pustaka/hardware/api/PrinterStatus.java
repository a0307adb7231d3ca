package org.pustaka.hardware.api;

/**
 * Printer state as far as the printer tells it. A printer on a one-way link reports nothing; it is
 * then {@link #UNKNOWN}, which the kiosk treats as "probably fine" and prints.
 */
public record PrinterStatus(boolean online, boolean paperNearEnd, boolean paperOut, boolean coverOpen,
                            boolean error, boolean known) {

    public static final PrinterStatus READY = new PrinterStatus(true, false, false, false, false, true);
    public static final PrinterStatus UNKNOWN = new PrinterStatus(true, false, false, false, false, false);

    /** Whether a receipt would come out now. */
    public boolean canPrint() {
        return online && !paperOut && !coverOpen && !error;
    }
}
