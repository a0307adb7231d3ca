package org.pustaka.hardware.printer.escpos;

/** One condition an ESC/POS printer reports in its real-time status bytes ({@code DLE EOT n}). */
public enum StatusFlag {
    /** n=1 bit 3: the printer is offline. */
    OFFLINE,
    /** n=1 bit 5: waiting to come back online. */
    WAITING_FOR_RECOVERY,
    /** n=2 bit 2: the cover is open. */
    COVER_OPEN,
    /** n=2 bit 3: paper is being fed with the FEED button. */
    FEED_BUTTON,
    /** n=2 bit 5: printing stopped because the paper ran out. */
    STOPPED_BY_PAPER_END,
    /** n=2 bit 6: an error occurred. */
    ERROR_OCCURRED,
    /** n=3 bit 2: a mechanical error (head position, jam). */
    MECHANICAL_ERROR,
    /** n=3 bit 3: the auto cutter failed. */
    CUTTER_ERROR,
    /** n=3 bit 5: an error that needs the power switched off and on. */
    UNRECOVERABLE_ERROR,
    /** n=3 bit 6: an error that clears by itself (head too hot). */
    AUTO_RECOVERABLE_ERROR,
    /** n=4 bits 2-3: the roll is nearly used up. */
    PAPER_NEAR_END,
    /** n=4 bits 5-6: no paper at the roll sensor. */
    PAPER_OUT
}
